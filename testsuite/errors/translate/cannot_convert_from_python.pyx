def f(o):
    cdef int *p = o
    return 0
