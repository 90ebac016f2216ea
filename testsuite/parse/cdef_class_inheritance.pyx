cdef class Base:
    pass
cdef class Derived(Base):
    cdef int extra
