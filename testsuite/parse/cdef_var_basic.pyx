cdef int x
cdef double y = 1.5
cdef object o
cdef z = 3
