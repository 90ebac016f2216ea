cdef int
