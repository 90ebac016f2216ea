// Version shims: the C API differences between CPython 3.9 and 3.13 that the
// runtime and generated code meet, in one place.
#pragma once

#include <Python.h>

// Error paths in generated code: out of the way of the hot path.
#define PYXC_UNLIKELY(x) __builtin_expect(!!(x), 0)
#define PYXC_LIKELY(x) __builtin_expect(!!(x), 1)

#if PY_VERSION_HEX < 0x030A0000
static inline PyObject *Py_NewRef(PyObject *o) {
  Py_INCREF(o);
  return o;
}
static inline PyObject *Py_XNewRef(PyObject *o) {
  Py_XINCREF(o);
  return o;
}
#endif

// Cython's platform macros, which Cython code reads through
// `cdef extern from *` declarations: pyxc builds for CPython's full API.
#define CYTHON_COMPILING_IN_CPYTHON 1
#define CYTHON_COMPILING_IN_PYPY 0
#define CYTHON_COMPILING_IN_GRAAL 0
#define CYTHON_COMPILING_IN_LIMITED_API 0
#define CYTHON_COMPILING_IN_CPYTHON_FREETHREADING 0

// Cython's helper macros that verbatim C code in `cdef extern from *`
// blocks names (its strings are pasted into the module as they are).
#define CYTHON_INLINE inline
#define CYTHON_UNUSED [[maybe_unused]]
#define __Pyx_Py_IsNone(ob) ((ob) == Py_None)
#define __Pyx_INCREF(ob) Py_INCREF(ob)
#define __Pyx_DECREF(ob) Py_DECREF(ob)
#define __Pyx_XINCREF(ob) Py_XINCREF(ob)
#define __Pyx_XDECREF(ob) Py_XDECREF(ob)
#define __Pyx_NewRef(ob) Py_NewRef(ob)

// The exception being handled (sys.exc_info()): 3.11 has a one-object API.
#if PY_VERSION_HEX >= 0x030B0000
static inline PyObject *pyxc_GetHandledException(void) { return PyErr_GetHandledException(); }
static inline void pyxc_SetHandledException(PyObject *exc) { PyErr_SetHandledException(exc); }
#else
static inline PyObject *pyxc_GetHandledException(void) {
  PyObject *type, *value, *tb;
  PyErr_GetExcInfo(&type, &value, &tb);
  Py_XDECREF(type);
  Py_XDECREF(tb);
  return value;
}
static inline void pyxc_SetHandledException(PyObject *exc) {
  if (exc && exc != Py_None) {
    Py_INCREF(Py_TYPE(exc));
    Py_INCREF(exc);
    PyErr_SetExcInfo((PyObject *)Py_TYPE(exc), exc, PyException_GetTraceback(exc));
  } else {
    PyErr_SetExcInfo(NULL, NULL, NULL);
  }
}
#endif

// The pending exception as one object (3.12's PyErr_GetRaisedException).
#if PY_VERSION_HEX >= 0x030C0000
static inline PyObject *pyxc_GetRaisedException(void) { return PyErr_GetRaisedException(); }
static inline void pyxc_SetRaisedException(PyObject *exc) { PyErr_SetRaisedException(exc); }
#else
static inline PyObject *pyxc_GetRaisedException(void) {
  PyObject *type, *value, *tb;
  PyErr_Fetch(&type, &value, &tb);
  if (!type)
    return NULL;
  PyErr_NormalizeException(&type, &value, &tb);
  if (tb && value)
    PyException_SetTraceback(value, tb);
  Py_XDECREF(type);
  Py_XDECREF(tb);
  return value;
}
static inline void pyxc_SetRaisedException(PyObject *exc) {
  if (!exc) {
    PyErr_Clear();
    return;
  }
  PyObject *type = (PyObject *)Py_TYPE(exc);
  Py_INCREF(type);
  PyErr_Restore(type, exc, PyException_GetTraceback(exc));
}
#endif

// The interpreter's recursion guard, inline: compiled calls pass through it
// on every call, and Py_EnterRecursiveCall is an out-of-line function.
#if PY_VERSION_HEX >= 0x030D0000
static inline PyThreadState *pyxc_ThreadState(void) { return PyThreadState_GetUnchecked(); }
#else
static inline PyThreadState *pyxc_ThreadState(void) { return _PyThreadState_UncheckedGet(); }
#endif
#if PY_VERSION_HEX >= 0x030C0000 && !defined(Py_LIMITED_API)
#define PYXC_RECURSION_FIELD c_recursion_remaining
#elif PY_VERSION_HEX >= 0x030B0000 && !defined(Py_LIMITED_API)
#define PYXC_RECURSION_FIELD recursion_remaining
#endif
#ifdef PYXC_RECURSION_FIELD
// Returns nonzero (RecursionError set) when the limit is reached.
static inline int pyxc_EnterCall(PyThreadState *ts) {
  if (ts->PYXC_RECURSION_FIELD-- > 0)
    return 0;
  ++ts->PYXC_RECURSION_FIELD; // the official check decides and raises
  return Py_EnterRecursiveCall("");
}
static inline void pyxc_LeaveCall(PyThreadState *ts) { ++ts->PYXC_RECURSION_FIELD; }
#else
static inline int pyxc_EnterCall(PyThreadState *) { return Py_EnterRecursiveCall(""); }
static inline void pyxc_LeaveCall(PyThreadState *) { Py_LeaveRecursiveCall(); }
#endif
