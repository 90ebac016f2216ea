cdef class A:
    cdef int value = 3
    cdef public object name
