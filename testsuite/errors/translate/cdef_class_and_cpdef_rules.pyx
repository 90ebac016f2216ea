cdef class Imp:
    cdef int value;

    def __init_subclass__(cls, **kwargs):
        pass

    cdef int value2(self):
        return 1

cdef class Both:
    cdef list items
    cdef int items(self):
        return 0

cpdef outer():
    return lambda: 1
