cdef char c = c'ab'
