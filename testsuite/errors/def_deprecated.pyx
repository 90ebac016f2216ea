DEF N = 10
cdef int a[N] = 5 +
