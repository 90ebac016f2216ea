cdef class Later
