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

cdef extern from "Python.h":
    # A tuple of the n objects that follow.
    tuple PyTuple_Pack(Py_ssize_t n, ...)
    # Stores o at pos, stealing a reference to it (SetItem checks pos and
    # releases the old item; SET_ITEM does neither: for filling a new tuple).
    int PyTuple_SetItem(object p, Py_ssize_t pos, object o) except -1
    void PyTuple_SET_ITEM(object p, Py_ssize_t pos, object o)
    # Resizes a tuple nobody else has seen yet (may move it).
    int _PyTuple_Resize(PyObject **p, Py_ssize_t size) except -1
