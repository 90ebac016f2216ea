cdef bint flag = True
cdef void *handle = NULL
