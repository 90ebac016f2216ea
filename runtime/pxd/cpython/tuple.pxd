# tuple objects in CPython's C API.
from .object cimport PyObject

cdef extern from "Python.h":
    tuple PyTuple_New(Py_ssize_t length)
    bint PyTuple_Check(object o)
    bint PyTuple_CheckExact(object o)
    Py_ssize_t PyTuple_Size(object t) except -1
    Py_ssize_t PyTuple_GET_SIZE(object t)
    PyObject *PyTuple_GetItem(object t, Py_ssize_t index) except NULL
    PyObject *PyTuple_GET_ITEM(object t, Py_ssize_t index)
    tuple PyTuple_GetSlice(object t, Py_ssize_t low, Py_ssize_t high)
