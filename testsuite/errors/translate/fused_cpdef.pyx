# Fused cpdef functions are not compiled yet (fused cdef and def ones are).
cimport cython

cpdef cython.floating half(cython.floating x):
    return x / 2
