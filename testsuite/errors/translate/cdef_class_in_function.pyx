def f():
    cdef class Inner:
        pass
