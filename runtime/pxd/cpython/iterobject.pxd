# The sequence iterator and the callable iterator (iter(f, sentinel)) in
# CPython's C API.
cdef extern from "Python.h":
    bint PySeqIter_Check(object op)
    object PySeqIter_New(object seq)
    bint PyCallIter_Check(object op)
    object PyCallIter_New(object callable, object sentinel)
