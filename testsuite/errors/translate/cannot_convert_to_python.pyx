def f():
    cdef int *p = NULL
    return p
