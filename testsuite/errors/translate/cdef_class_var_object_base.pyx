cdef class MyTuple(tuple):
    pass
