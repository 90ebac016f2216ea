// The generator object's layout and driver, shared by generator.cpp
// (generators and coroutines) and async_generator.cpp. Internal to the
// runtime library.
#pragma once

#include "pyxc/generator.h"

namespace pyxc::detail {

struct Generator {
  PyObject_HEAD
  GeneratorCode::Handle code; // null once the body finished or was closed
  const char *kind;           // "generator", "coroutine" or "async generator", for messages
  Function *function;         // holds the body's globals and closure
  Ref *slots;
  int slotCount;
  PyObject *name, *qualname;
  PyObject *weakrefs;
  // The generator's own "exception being handled", swapped into the thread
  // state while the body runs (as CPython's gi_exc_state).
  _PyErr_StackItem excState;
  bool started, running;
  // Async generators (PEP 525): whether an asend/athrow awaitable is in
  // progress, whether the generator was closed or exhausted, whether the
  // event loop's hooks were looked up, and its finalizer hook.
  bool runningAsync, closedAsync, hooksInited;
  PyObject *finalizer;
};

Generator *asGenerator(PyObject *o);
// Resumes the body with `sent` (stolen), or with the pending exception when
// `sent` is null. PYGEN_NEXT: *result is the yielded value; PYGEN_RETURN:
// the returned value; PYGEN_ERROR: an exception is set.
PySendResult resume(Generator *gen, PyObject *sent, PyObject **result);
// Whether the value the body just yielded (PYGEN_NEXT) came from a
// delegate it awaits or yields from, rather than from its own `yield`.
inline bool yieldedByDelegate(const Generator *gen) { return gen->code && gen->code.promise().delegate; }
// throw(type[, value[, tb]]) into the body, as generator.throw() does.
PySendResult throwInto(Generator *gen, PyObject *const *args, Py_ssize_t nargs, PyObject **result);
int optionalAttr(PyObject *obj, const char *name, PyObject **out);

// The type slots and attributes every kind shares.
int traverse(PyObject *self, visitproc visit, void *arg);
int clear(PyObject *self);
void dealloc(PyObject *self);
PyObject *repr(PyObject *self);
PyObject *getName(PyObject *self, void *);
int setName(PyObject *self, PyObject *v, void *);
PyObject *getQualname(PyObject *self, void *);
int setQualname(PyObject *self, PyObject *v, void *);
PyObject *getYieldFrom(PyObject *self, void *);
PyObject *close(PyObject *self, PyObject *);
extern PyMemberDef members[];

int registerAbc(PyObject *abc, const char *abcName, PyTypeObject *type);
// Creates the async generator types (async_generator.cpp) and registers
// them with collections.abc (`abc`).
int initAsyncGeneratorType(PyObject *abc);
PyObject *newGeneratorOf(PyTypeObject *type, const char *kind, Function *fn, PyObject *const *params, int paramCount,
                         int slotCount, GeneratorBody body);

} // namespace pyxc::detail
