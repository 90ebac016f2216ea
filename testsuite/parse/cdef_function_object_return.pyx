cdef f(x, y):
    return x
