# Parallel regions that hold the GIL are warned about (as Cython does,
# unless the module is freethreading_compatible).
from cython.parallel cimport prange, parallel

def f(int n, list out):
    cdef int i
    for i in prange(n):
        out[i] = i
    with parallel():
        out[0] = 1
    cdef object o
    for o in prange(n):
        pass
