cdef class A [struct AObj]:
    pass
