# Instance method objects in CPython's C API.
from .object cimport PyObject

cdef extern from "Python.h":
    bint PyMethod_Check(object o)
    object PyMethod_New(object func, object self)
    PyObject *PyMethod_Function(object meth) except NULL
    PyObject *PyMethod_Self(object meth) except NULL
    PyObject *PyMethod_GET_FUNCTION(object meth)
    PyObject *PyMethod_GET_SELF(object meth)

cdef extern from "Python.h":
    # Python 2's class of an unbound method (absent from Python 3's headers).
    PyObject *PyMethod_Class(object meth) except NULL
    PyObject *PyMethod_GET_CLASS(object meth)
