# Cell objects (closures' variables) in CPython's C API.
from .object cimport PyObject

cdef extern from "Python.h":
    bint PyCell_Check(object ob)
    object PyCell_New(PyObject *ob)
    object PyCell_Get(object cell)
    PyObject *PyCell_GET(object cell)  # borrowed, no checks
    int PyCell_Set(object cell, PyObject *value) except -1
    void PyCell_SET(object cell, PyObject *value)  # no checks, the old value leaks
