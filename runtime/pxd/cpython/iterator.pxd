# The iterator protocol of CPython's C API.
from .object cimport PyObject

cdef extern from "Python.h":
    bint PyIter_Check(object o)
    # A new reference to the next item, or NULL at the end (with no
    # exception set) and on error (with one).
    PyObject *PyIter_Next(object o) except? NULL
    bint PySeqIter_Check(object o)
    object PySeqIter_New(object seq)
    bint PyCallIter_Check(object o)
    object PyCallIter_New(object callable, object sentinel)
