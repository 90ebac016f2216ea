cdef class Vec:
    cdef double *data
    cdef int n
    cdef double get(self, int i) nogil
    cpdef double norm(self)
