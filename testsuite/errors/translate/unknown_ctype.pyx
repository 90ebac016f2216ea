cdef foo_t x = 1
