cdef class A:
    pass

cdef class C:
    pass

cdef class Album(A)

cdef class Album(C):
    pass
