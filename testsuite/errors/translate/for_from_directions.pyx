def f(int n):
    cdef int i
    return [i for i from 0 <= i > n]
