cdef int scale(int x, int factor=2):
    return x * factor
