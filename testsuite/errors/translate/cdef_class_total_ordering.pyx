cimport cython

@cython.total_ordering
cdef class OnlyEq:
    def __eq__(self, other):
        return True
