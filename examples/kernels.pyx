# cython: language_level=3
# The two seed kernels pyxc is measured on (see bench/): typed Cython that
# must run at C speed.
cimport cython
from libc.stdint cimport int64_t


@cython.boundscheck(False)
@cython.wraparound(False)
def sum_2d(double[:, ::1] a):
    """Sum every element of a 2-D array.

    >>> import numpy as np
    >>> sum_2d(np.ones((3, 4)))
    12.0
    """
    cdef Py_ssize_t i, j
    cdef double total = 0.0
    for i in range(a.shape[0]):
        for j in range(a.shape[1]):
            total += a[i, j]
    return total


@cython.boundscheck(False)
@cython.wraparound(False)
def subtract(int64_t[::1] a, int64_t[::1] b, int64_t[::1] result):
    """result[i] = a[i] - b[i] over whole arrays."""
    cdef Py_ssize_t i
    for i in range(a.shape[0]):
        result[i] = a[i] - b[i]
