cdef int helper(int x)
cpdef double norm(double[:] v)
cdef inline int twice(int x):
    return 2 * x
