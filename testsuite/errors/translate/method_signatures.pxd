cdef class Declared:
    cdef void plain(self)
    cdef void released(self) nogil
    cdef int counted(self, int n) except -1
    cdef int same(self, int n) except -1
