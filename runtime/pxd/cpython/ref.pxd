# Reference counting in CPython's C API.
from .object cimport PyObject
from .object cimport PyTypeObject, Py_TYPE  # also here, as Cython's declarations have them

cdef extern from "Python.h":
    void Py_INCREF(object o)
    void Py_XINCREF(PyObject *o)
    void Py_DECREF(object o)
    void Py_XDECREF(PyObject *o)
    void Py_CLEAR(PyObject *o)
    Py_ssize_t Py_REFCNT(object o)
