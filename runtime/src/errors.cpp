#include "pyxc/errors.h"

#include <frameobject.h>

namespace pyxc {

bool errorOccurredWithGil() {
  GilGuard gil;
  return PyErr_Occurred() != nullptr;
}

void addTraceback(const char *function, const char *filename, int line) {
  GilGuard gil; // a nogil cdef function's error path reports from here too
  // Keep the pending exception aside while the code and frame objects are made.
  PyObject *exc = pyxc_GetRaisedException();
  PyCodeObject *code = PyCode_NewEmpty(filename, function, line);
  PyObject *globals = PyDict_New();
  PyFrameObject *frame = code && globals ? PyFrame_New(PyThreadState_Get(), code, globals, nullptr) : nullptr;
  pyxc_SetRaisedException(exc);
  // A fresh frame of an empty code object reports the code's first line,
  // which is the line we want.
  if (frame)
    PyTraceBack_Here(frame);
  Py_XDECREF(frame);
  Py_XDECREF(globals);
  Py_XDECREF(code);
}

int raise(PyObject *exc, PyObject *cause) {
  if (!exc)
    return reraise();
  Ref value;
  if (PyExceptionClass_Check(exc)) {
    value = own(PyObject_CallNoArgs(exc));
    if (!value)
      return -1;
    if (!PyExceptionInstance_Check(value.get())) {
      PyErr_Format(PyExc_TypeError, "calling %R should have returned an instance of BaseException, not %s", exc,
                   Py_TYPE(value.get())->tp_name);
      return -1;
    }
  } else if (PyExceptionInstance_Check(exc)) {
    value = keep(exc);
  } else {
    PyErr_SetString(PyExc_TypeError, "exceptions must derive from BaseException");
    return -1;
  }
  if (cause) {
    Ref causeValue;
    if (PyExceptionClass_Check(cause)) {
      causeValue = own(PyObject_CallNoArgs(cause));
      if (!causeValue)
        return -1;
    } else if (PyExceptionInstance_Check(cause)) {
      causeValue = keep(cause);
    } else if (cause != Py_None) {
      PyErr_SetString(PyExc_TypeError, "exception causes must derive from BaseException");
      return -1;
    }
    PyException_SetCause(value.get(), causeValue.release()); // steals; None clears the cause
  }
  PyErr_SetObject(reinterpret_cast<PyObject *>(Py_TYPE(value.get())), value.get());
  return -1;
}

int raiseLegacy(PyObject *type, PyObject *value, PyObject *traceback) {
  Ref exc;
  if (PyExceptionClass_Check(type)) {
    if (value == Py_None)
      exc = own(PyObject_CallNoArgs(type));
    else if (PyTuple_Check(value))
      exc = own(PyObject_Call(type, value, nullptr));
    else if (PyObject_IsInstance(value, type) == 1)
      exc = keep(value);
    else
      exc = own(PyObject_CallOneArg(type, value));
    if (!exc)
      return -1;
  } else if (PyExceptionInstance_Check(type)) {
    if (value != Py_None) {
      PyErr_SetString(PyExc_TypeError, "instance exception may not have a separate value");
      return -1;
    }
    exc = keep(type);
  } else {
    PyErr_SetString(PyExc_TypeError, "exceptions must derive from BaseException");
    return -1;
  }
  if (traceback && traceback != Py_None) {
    if (!PyTraceBack_Check(traceback)) {
      PyErr_SetString(PyExc_TypeError, "raise: arg 3 must be a traceback or None");
      return -1;
    }
    if (PyException_SetTraceback(exc.get(), traceback) < 0)
      return -1;
  }
  pyxc_SetRaisedException(exc.release());
  return -1;
}

int reraise() {
  PyObject *handled = pyxc_GetHandledException();
  if (!handled || handled == Py_None) {
    Py_XDECREF(handled);
    PyErr_SetString(PyExc_RuntimeError, "No active exception to reraise");
    return -1;
  }
  pyxc_SetRaisedException(handled);
  return -1;
}

static bool isExceptionClassOrTuple(PyObject *type) {
  if (PyTuple_Check(type)) {
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(type); ++i)
      if (!PyExceptionClass_Check(PyTuple_GET_ITEM(type, i)))
        return false;
    return true;
  }
  return PyExceptionClass_Check(type);
}

int exceptionMatches(PyObject *type) {
  if (!isExceptionClassOrTuple(type)) {
    PyErr_SetString(PyExc_TypeError, "catching classes that do not inherit from BaseException is not allowed");
    return -1;
  }
  return PyErr_ExceptionMatches(type);
}

CaughtException::CaughtException() {
  exc_ = own(pyxc_GetRaisedException());
  previous_ = own(pyxc_GetHandledException());
  pyxc_SetHandledException(exc_.get());
}

CaughtException::~CaughtException() {
  if (exc_ || previous_)
    pyxc_SetHandledException(previous_.get());
}

void CaughtException::restore() {
  pyxc_SetHandledException(previous_.get());
  previous_.reset();
  pyxc_SetRaisedException(exc_.release());
}

int raiseNameErrorWith(PyObject *type, const char *format, PyObject *name) {
  PyErr_Format(type, format, name);
  PyObject *exc = pyxc_GetRaisedException();
  if (exc && PyObject_SetAttrString(exc, "name", name) < 0)
    PyErr_Clear();
  pyxc_SetRaisedException(exc);
  return -1;
}

static int raiseNamed(PyObject *type, const char *format, const char *name) {
  Ref n = own(PyUnicode_FromString(name));
  return n ? raiseNameErrorWith(type, format, n.get()) : -1;
}

void raiseUninitializedMemoryview() {
  GilGuard gil;
  PyErr_SetString(PyExc_TypeError, "Memoryview return value is not initialized");
}

int raiseUnboundLocal(const char *name) {
  return raiseNamed(PyExc_UnboundLocalError,
                    "cannot access local variable '%U' where it is not associated with a value", name);
}

int raiseUnboundFree(const char *name) {
  return raiseNamed(PyExc_NameError,
                    "cannot access free variable '%U' where it is not associated with a value in enclosing scope",
                    name);
}

int raiseNameError(PyObject *name) { return raiseNameErrorWith(PyExc_NameError, "name '%U' is not defined", name); }

} // namespace pyxc
