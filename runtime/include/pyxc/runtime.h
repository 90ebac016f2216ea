// The one header generated modules include (with pyxc/generator.h when
// they have generators or coroutines, pyxc/complex.h for complex values). The runtime is compiled once
// into libpyxcrt; only what must be inline for speed is defined here.
#pragma once

#include "pyxc/ccell.h"
#include "pyxc/compat.h"
#include "pyxc/cvalues.h"
#include "pyxc/errors.h"
#include "pyxc/extension.h"
#include "pyxc/function.h"
#include "pyxc/fused.h"
#include "pyxc/iteration.h"
#include "pyxc/match.h"
#include "pyxc/memview.h"
#include "pyxc/numbers.h"
#include "pyxc/ops.h"
#include "pyxc/parallel.h"
#include "pyxc/ref.h"

// Bumped whenever the runtime's ABI changes; modules check it at import.
#define PYXC_RUNTIME_ABI 1

// Every generated function has an unwind label and its module's globals
// at hand; one with no error path or no global leaves them unused.
#pragma GCC diagnostic ignored "-Wunused-label"
#pragma GCC diagnostic ignored "-Wunused-variable"
#pragma GCC diagnostic ignored "-Wunused-but-set-variable"

// A module's slot (from Python 3.12) saying it runs in one interpreter per
// process, as pyxc::checkRuntime makes sure.
#if PY_VERSION_HEX >= 0x030C0000
#define PYXC_ONE_INTERPRETER_SLOT {Py_mod_multiple_interpreters, Py_MOD_MULTIPLE_INTERPRETERS_NOT_SUPPORTED},
#else
#define PYXC_ONE_INTERPRETER_SLOT
#endif

namespace pyxc {

// Fails with ImportError when the module was built against another runtime.
int checkRuntime(int abi);

PyObject *internString(const char *utf8, Py_ssize_t size);

// What executing a .py module puts in its globals first: __builtins__.
int initModuleGlobals(PyObject *module);
// A call of `callee` from compiled code; when it is the builtin exec, eval
// or compile, source text compiles with `futureFlags` (the calling module's
// __future__ features) and does not inherit those of the innermost Python
// frame, which belongs to some caller (CPython's exec inherits the flags of
// the code that calls it; compiled code has no code object to inherit from).
PyObject *callSourceCompiler(PyObject *callee, PyObject *const *args, size_t nargs, PyObject *kwnames,
                             int futureFlags);

// Runs a compiled module's body (`body`) inside a Python frame whose
// globals are the module's dict, so sys._getframe-based module lookups
// (namedtuple, Enum, TypeVar) find the module. Returns body's result.
int runModuleBody(PyObject *module, int (*body)(PyObject *), const char *filename);

// pyxc --embed: the main() of a program that initialises Python with argv
// and runs the module (`init`: its PyInit_ function) as __main__. Returns
// the process's exit status.
int runEmbedded(int argc, char **argv, PyObject *(*init)());

// A vectorcall straight through the callee's slot (PyObject_Vectorcall
// without the thread-state lookup and result assertions).
inline PyObject *call(PyObject *callable, PyObject *const *args, size_t nargs, PyObject *kwnames) {
  PyObject *result;
  if (directCall(callable, args, nargs, kwnames, &result))
    return result;
  vectorcallfunc f = PyVectorcall_Function(callable);
  if (f)
    return f(callable, args, nargs, kwnames);
  return PyObject_Vectorcall(callable, args, nargs, kwnames);
}

// Attribute access with a name that is already an interned str (every
// name in generated code is): straight to the type's slot, as CPython's
// interpreter does, skipping the checks and interning of PyObject_GetAttr.
inline PyObject *getAttr(PyObject *obj, PyObject *name) {
  getattrofunc get = Py_TYPE(obj)->tp_getattro;
  return get ? get(obj, name) : PyObject_GetAttr(obj, name);
}
inline int setAttr(PyObject *obj, PyObject *name, PyObject *value) {
  setattrofunc set = Py_TYPE(obj)->tp_setattro;
  return set ? set(obj, name, value) : PyObject_SetAttr(obj, name, value);
}

// list.append(item) without a call while the list has room (as CPython's
// own _PyList_AppendTakeRef); `list` must be an exact list.
inline int listAppend(PyObject *list, PyObject *item) {
  auto *l = reinterpret_cast<PyListObject *>(list);
  Py_ssize_t n = Py_SIZE(l);
  if (PYXC_LIKELY(n < l->allocated)) {
    l->ob_item[n] = Py_NewRef(item);
    Py_SET_SIZE(l, n + 1);
    return 0;
  }
  return PyList_Append(list, item);
}

// One call site's memory of the method `obj.name(...)` found last: on
// objects of `type`, while the type's version tag is `version`, the lookup
// gives the method descriptor `method`, called unbound with obj first. The
// version tag changes whenever the type or a base is modified, so a hit
// needs no lookup; `method` is borrowed from the type, which holds it while
// the version stands.
struct MethodCache {
  PyTypeObject *type;
  unsigned int version;
  vectorcallfunc call;
  PyObject *method;
};
PyObject *callMethodSlow(MethodCache &cache, PyObject *name, PyObject *const *args, size_t nargs,
                         PyObject *kwnames);
// obj.name(args...) with args[0] = obj and nargs counting it.
inline PyObject *callMethod(MethodCache &cache, PyObject *name, PyObject *const *args, size_t nargs,
                            PyObject *kwnames) {
  PyTypeObject *type = Py_TYPE(args[0]);
  if (PYXC_LIKELY(type == cache.type && type->tp_version_tag == cache.version))
    return cache.call(cache.method, args, nargs, kwnames);
  return callMethodSlow(cache, name, args, nargs, kwnames);
}

// obj.append(x): exact lists directly, anything else as a method call.
inline PyObject *callAppend(MethodCache &cache, PyObject *name, PyObject *obj, PyObject *item) {
  if (PYXC_LIKELY(PyList_CheckExact(obj)))
    return listAppend(obj, item) < 0 ? nullptr : Py_NewRef(Py_None);
  PyObject *args[] = {obj, item};
  return callMethod(cache, name, args, 2, nullptr);
}

// The truth of a value, with the common cases inline.
inline int isTrue(PyObject *v) {
  if (v == Py_True)
    return 1;
  if (v == Py_False || v == Py_None)
    return 0;
  return PyObject_IsTrue(v);
}

// The truth of a value typed as a sized builtin (list, tuple, set,
// frozenset, bytes, bytearray, str) or None: its length, read without
// calling into the interpreter, so it needs no GIL (as Cython does it).
inline int isTrueList(PyObject *v) { return v != Py_None && PyList_GET_SIZE(v) != 0; }
inline int isTrueTuple(PyObject *v) { return v != Py_None && PyTuple_GET_SIZE(v) != 0; }
inline int isTrueSet(PyObject *v) { return v != Py_None && PySet_GET_SIZE(v) != 0; }
inline int isTrueBytes(PyObject *v) { return v != Py_None && PyBytes_GET_SIZE(v) != 0; }
inline int isTrueByteArray(PyObject *v) { return v != Py_None && PyByteArray_GET_SIZE(v) != 0; }
inline int isTrueStr(PyObject *v) { return v != Py_None && PyUnicode_GET_LENGTH(v) != 0; }

// Like exceptionMatches, for an exception already taken out of the
// interpreter's state (an except clause in progress).
int exceptionMatchesValue(PyObject *exc, PyObject *type);

// SETUP_ANNOTATIONS: an __annotations__ dict in a module or class namespace.
int setupAnnotations(PyObject *ns);

// Class bodies.
int initClassNamespace(PyObject *ns, PyObject *globals, PyObject *qualname);
PyObject *loadClassFree(PyObject *ns, PyObject *name, PyObject *cell);
int deleteClassName(PyObject *ns, PyObject *name);
// Removes a name if present, keeping any pending exception (except-clause cleanup).
void discardGlobal(PyObject *mapping, PyObject *name);

// __name__ of the module whose globals these are (for new functions' __module__).
PyObject *moduleNameOf(PyObject *globals);

// with statements: __enter__/__exit__ looked up on the type, as CPython does
// (`async with`: __aenter__/__aexit__, whose results are then awaited).
PyObject *enterContext(PyObject *manager, Ref *exitOut, bool async = false);
// exit(type(exc), exc, traceback), or exit(None, None, None) without exc.
PyObject *callExit(PyObject *exit, PyObject *exc);
int exitContext(PyObject *exit);
// Calls __exit__ with the exception; returns 1 to suppress it, 0 not, -1 error.
int exitContextWithException(PyObject *exit, PyObject *exc);

// len() and hash() as objects.
inline PyObject *length(PyObject *o) {
  Py_ssize_t n = PyObject_Length(o);
  return n < 0 ? nullptr : PyLong_FromSsize_t(n);
}
inline PyObject *hashObject(PyObject *o) {
  Py_hash_t h = PyObject_Hash(o);
  return h == -1 && PyErr_Occurred() ? nullptr : PyLong_FromSsize_t(h);
}

// Displays.
int setUpdate(PyObject *set, PyObject *iterable);
int dictUpdate(PyObject *dict, PyObject *mapping);
// A keyword argument in a call that also has **kwargs: no duplicates.
int setKeyword(PyObject *callable, PyObject *kwargs, PyObject *name, PyObject *value);

} // namespace pyxc
