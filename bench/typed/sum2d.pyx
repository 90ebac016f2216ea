# Seed example 1: a double loop summing a 2-D array.
# cython: boundscheck=False, wraparound=False
import numpy as np


def total(double[:, ::1] a):
    cdef Py_ssize_t i, j
    cdef double s = 0
    for i in range(a.shape[0]):
        for j in range(a.shape[1]):
            s += a[i, j]
    return s


DATA = np.arange(2000 * 2000, dtype=np.float64).reshape(2000, 2000) / 7.0


def run():
    return total(DATA)
