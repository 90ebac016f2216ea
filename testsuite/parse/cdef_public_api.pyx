cdef public api int exported(int x):
    return x
