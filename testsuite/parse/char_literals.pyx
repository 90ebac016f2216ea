cdef char c = c'x'
cdef char nl = c'\n'
