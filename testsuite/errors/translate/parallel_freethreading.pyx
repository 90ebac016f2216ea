# cython: freethreading_compatible=True
# A module written for free-threaded Python: parallel regions that hold
# the GIL are not warned about (only the error below is reported).
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
