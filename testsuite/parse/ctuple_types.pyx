cdef (int, double) pair = (1, 2.0)
cdef (int, int) swap((int, int) p):
    return p[1], p[0]
