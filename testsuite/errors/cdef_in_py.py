cdef int x = 1
