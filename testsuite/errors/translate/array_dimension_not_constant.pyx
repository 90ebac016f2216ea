def f(n):
    cdef int a[n]
    return 0
