# Instance method objects (bound to an instance of a class) in CPython's C API.
from .object cimport PyObject

cdef extern from "Python.h":
    bint PyInstanceMethod_Check(object o)
    object PyInstanceMethod_New(object func)
    PyObject *PyInstanceMethod_Function(object im) except NULL
    PyObject *PyInstanceMethod_GET_FUNCTION(object im)

cdef extern from "Python.h":
    # Python 2's old-style class instances (not in Python 3's headers).
    int PyInstance_Check(object obj)
    object PyInstance_New(object cls, object arg, object kw)
    object PyInstance_NewRaw(object cls, object dict)
