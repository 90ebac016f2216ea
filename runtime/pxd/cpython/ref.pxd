# Reference counting in CPython's C API.
from .object cimport PyObject

cdef extern from "Python.h":
    void Py_INCREF(object o)
    void Py_XINCREF(PyObject *o)
    void Py_DECREF(object o)
    void Py_XDECREF(PyObject *o)
    void Py_CLEAR(PyObject *o)
    Py_ssize_t Py_REFCNT(object o)
