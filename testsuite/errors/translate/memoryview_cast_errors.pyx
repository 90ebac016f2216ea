# Casts of C memory to memoryviews (cython.array), as Cython checks them.
def f(n):
    cdef double *p = NULL
    cdef int[3] a
    cdef long x = 0
    v1 = <double[:]> p           # a pointer's shape must be given
    v2 = <double[1:n]> p         # no start
    v3 = <int[:]> p              # the element type must be the pointer's
    v4 = <int[:3, :2]> a         # as many dimensions as the array has
    v5 = <long[:1]> x            # only pointers and arrays
