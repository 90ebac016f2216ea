def f(int n):
    cdef int i
    for 0 <= i < n:
        pass
