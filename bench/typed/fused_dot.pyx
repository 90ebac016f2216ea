# A fused-type kernel: one dot product source for float64 and float32
# arrays (cython.floating[::1]), each call dispatched by the fused
# function to its specialisation. The values are small integers, so every
# implementation sums them exactly, also in float32.
# cython: boundscheck=False, wraparound=False
cimport cython
import numpy as np


def dot(cython.floating[::1] a, cython.floating[::1] b):
    cdef Py_ssize_t i, n = a.shape[0]
    cdef cython.floating s = 0
    for i in range(n):
        s += a[i] * b[i]
    return s


N = 1_000_000
A64 = (np.arange(N) % 7).astype(np.float64)
B64 = (np.arange(N) % 5).astype(np.float64)
A32 = A64.astype(np.float32)
B32 = B64.astype(np.float32)


def run():
    return float(dot(A64, B64)) + float(dot(A32, B32))
