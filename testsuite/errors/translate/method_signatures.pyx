# A cdef class's C methods must be defined as the module's .pxd declares
# them: the same parameters, result, exception value and nogil.
cdef class Declared:
    cdef void plain(self) nogil:
        pass

    cdef void released(self):
        pass

    cdef int counted(self, long n) except -1:
        return 0

    cdef int same(self, int n) except -1:
        return n
