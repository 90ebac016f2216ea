cdef int f(5 x):
    pass
