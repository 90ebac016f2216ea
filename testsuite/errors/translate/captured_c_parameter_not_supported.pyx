cdef int f(int x):
    def g():
        return x
    return 0
