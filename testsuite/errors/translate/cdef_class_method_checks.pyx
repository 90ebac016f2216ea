# Cython's checks of cdef classes: special methods are defs, final Python
# methods need a final type, final methods are not overridden, and only a
# base class manages a freelist.
cimport cython

cdef class Base:
    cdef __len__(self):
        return 0

    @cython.final
    cdef int fixed(self):
        return 1

    @cython.final
    cpdef int python_visible(self):
        return 2

cdef class Derived(Base):
    cdef int fixed(self):
        return 3

@cython.freelist(8)
cdef class Pooled(Base):
    pass

cdef double bad_value(double x) except len("x"):
    return x
