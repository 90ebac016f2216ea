cdef int a, b = 2, *p, **pp
