def f(int n):
    cdef int i
    for i from 0 <= i < n:
        pass
    for i from n > i >= 0 by 2:
        pass
