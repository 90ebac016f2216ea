# Exceptions in CPython's C API.
from .object cimport PyObject

cdef extern from "Python.h":
    PyObject *PyErr_Occurred()
    void PyErr_Clear()
    void PyErr_Print()
    int PyErr_ExceptionMatches(object exc)
    int PyErr_GivenExceptionMatches(object given, object exc)
    void PyErr_SetString(object type, const char *message)
    void PyErr_SetObject(object type, object value)
    void PyErr_SetNone(object type)
    int PyErr_BadArgument() except 0
    PyObject *PyErr_NoMemory() except NULL
    PyObject *PyErr_SetFromErrno(object type) except NULL
    int PyErr_CheckSignals() except -1
    void PyErr_WriteUnraisable(object o)
    object PyErr_NewException(const char *name, object base, object dict)
    int PyErr_WarnEx(object category, const char *message, Py_ssize_t stack_level) except -1
