cdef class B:
    cpdef b():
        pass
