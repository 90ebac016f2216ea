# Seed example 1 in plain Python (CPython) and for Numba (njit of `total`).
import numpy as np


def total(a):
    s = 0.0
    for i in range(a.shape[0]):
        for j in range(a.shape[1]):
            s += a[i, j]
    return s


DATA = np.arange(2000 * 2000, dtype=np.float64).reshape(2000, 2000) / 7.0


def run():
    return total(DATA)
