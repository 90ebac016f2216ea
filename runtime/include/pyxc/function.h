// Compiled Python functions: a function type of pyxc's own (as Cython has its
// cyfunction) so that compiled functions bind as methods, carry __name__,
// __qualname__, __doc__, __module__, __defaults__, __kwdefaults__,
// __annotations__ and a __dict__, and are called through vectorcall.
#pragma once

#include "pyxc/compat.h"
#include "pyxc/ref.h"

namespace pyxc {

struct Function;

// A compiled body receives its parameters already bound (borrowed: the
// caller keeps them alive for the call; one per parameter in declaration
// order: positional-only, positional, *args, keyword-only, **kwargs) and
// returns a new reference or null.
using FunctionBody = PyObject *(*)(Function *self, PyObject *const *params);

// What the compiler knows about a def statement; static in generated code.
struct FunctionSpec {
  const char *name;
  const char *qualname;
  const char *doc;      // null: no docstring
  const char *const *paramNames;
  int posonlyCount;     // positional-only parameters
  int positionalCount;  // all positional parameters, including positional-only
  int kwonlyCount;
  bool hasVarargs;
  bool hasVarkw;
  FunctionBody body;
  const char *filename; // for tracebacks
  int firstLine;
  // Argument errors worded as Cython words them (.pyx sources), instead
  // of CPython's (.py sources).
  bool cythonMessages;
  // CO_GENERATOR / CO_COROUTINE for generator and async functions: what
  // __code__.co_flags tells inspect.isgeneratorfunction / iscoroutinefunction.
  int codeFlags;
  // embedsignature.format=clinic: the __text_signature__ ("($self, a, b=1)"); null: None.
  const char *textSignature;
  // A cdef class's method: Cython's argument-count messages leave self out.
  bool selfExcluded;
};

struct Function {
  PyObject_HEAD
  vectorcallfunc vectorcall;
  const FunctionSpec *spec;
  PyObject *name, *qualname, *doc, *module, *dict;
  PyObject *defaults;    // tuple or null
  PyObject *kwdefaults;  // dict or null
  PyObject *annotations; // dict or null
  PyObject *closure;     // tuple of cells or null
  PyObject *globals;     // the module's dict
  PyObject *weakrefs;    // weak references to the function (tp_weaklistoffset)
  // The number of arguments a call may pass straight to the body: the
  // positional parameters when there are no others, else -1.
  int directArity;
};

extern PyTypeObject *FunctionType;

// Creates a function object; steals nothing. `defaults`, `kwdefaults`,
// `annotations` and `closure` may be null.
PyObject *newFunction(const FunctionSpec *spec, PyObject *globals, PyObject *module, PyObject *defaults,
                      PyObject *kwdefaults, PyObject *annotations, PyObject *closure);

// A C function as a Python function (Cython's cfunc.to_py): made from the
// spec of the module's wrapper for its signature, with the function's
// address in its closure, where the wrapper's body finds it.
PyObject *newCFunctionObject(const FunctionSpec *spec, PyObject *globals, void *address);
void *cFunctionAddress(const Function *self);

// Binds vectorcall arguments to parameters as CPython does, with its error
// messages. On success fills `out` (spec paramCount entries) with new
// references and returns 0; on failure returns -1 with an exception set.
int bindArguments(Function *fn, PyObject *const *args, size_t nargsf, PyObject *kwnames, PyObject **out);

int paramCount(const FunctionSpec *spec);

// Runs the compiled body on bound parameters behind the interpreter's
// recursion guard.
[[gnu::always_inline]] inline PyObject *runBody(Function *fn, PyObject *const *params) {
  PyThreadState *ts = pyxc_ThreadState();
  if (pyxc_EnterCall(ts))
    return nullptr;
  PyObject *result = fn->spec->body(fn, params);
  pyxc_LeaveCall(ts);
  return result;
}

// A call of a compiled function with exactly its positional parameters
// skips vectorcall and argument binding (the common call of a def with
// plain parameters). Returns false when the call must take the general path.
[[gnu::always_inline]] inline bool directCall(PyObject *callable, PyObject *const *args, size_t nargs,
                                              PyObject *kwnames, PyObject **result) {
  if (Py_TYPE(callable) != FunctionType || kwnames)
    return false;
  auto *fn = reinterpret_cast<Function *>(callable);
  if (fn->directArity != PyVectorcall_NARGS(nargs))
    return false;
  *result = runBody(fn, args);
  return true;
}

// Registers the type; called by the runtime's module initialisation.
int initFunctionType();

} // namespace pyxc
