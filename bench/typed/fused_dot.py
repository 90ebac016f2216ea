# The fused dot product in plain Python (CPython) and for Numba, which
# specialises dot for each array type as the fused function does.
import numpy as np


def dot(a, b):
    n = a.shape[0]
    s = a.dtype.type(0)
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
