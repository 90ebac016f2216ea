# The module's own declarations: attributes and C methods of its cdef
# classes, implemented by cdef_class_pxd.pyx (as cymem and preshed do).
cdef class Pool:
    cdef readonly size_t size
    cdef readonly dict addresses
    cdef list refs

    cdef long alloc(self, size_t number, size_t size) except -1
    cdef void free(self, long key)
    cpdef int count(self)


cdef class Tracked(Pool):
    cdef public int frees
