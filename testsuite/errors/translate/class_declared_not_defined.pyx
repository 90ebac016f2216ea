# A forward declaration promises a definition in the same module.
cdef class Defined

cdef class Spam

cdef extern class external.Eggs

cdef class Defined:
    pass
