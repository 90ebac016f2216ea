cimport cython

@cython.final
cdef class Leaf:
    pass

cdef class Sub(Leaf):
    pass
