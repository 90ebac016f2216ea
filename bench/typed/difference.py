# Seed example 2 in plain Python (CPython) and for Numba.
import numpy as np


def difference(a, b):
    n = a.shape[0]
    result = np.empty(n, dtype=np.int64)
    for i in range(n):
        result[i] = a[i] - b[i]
    return result


A = np.arange(10 ** 7, dtype=np.int64)
B = A // 3


def run():
    return int(difference(A, B)[-1])
