cdef int ***ppp
cdef void **vv
