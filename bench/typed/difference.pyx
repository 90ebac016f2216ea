# Seed example 2: result[i] = a[i] - b[i] over 10**7 int64 values, the
# result array allocated in the call.
# cython: boundscheck=False, wraparound=False
import numpy as np


def difference(long long[::1] a, long long[::1] b):
    cdef Py_ssize_t i, n = a.shape[0]
    result = np.empty(n, dtype=np.int64)
    cdef long long[::1] r = result
    for i in range(n):
        r[i] = a[i] - b[i]
    return result


A = np.arange(10 ** 7, dtype=np.int64)
B = A // 3


def run():
    return int(difference(A, B)[-1])
