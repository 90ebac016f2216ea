cdef class A:
    pass

cdef class Album

cdef class Album(A):
    pass
