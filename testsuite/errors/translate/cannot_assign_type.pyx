def f():
    cdef int *p = NULL
    cdef double d = p
    return d
