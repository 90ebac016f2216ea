cdef int find(int x) except? -1:
    return x
