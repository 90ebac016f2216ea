# The same kernel for Numba: prange under @njit(parallel=True).
import math

from numba import njit, prange


@njit(parallel=True)
def integrate(a, b, n):
    dx = (b - a) / n
    s = 0.0
    for i in prange(n):
        x = a + (i + 0.5) * dx
        s += math.sin(x) * x
    return s * dx


def run():
    return integrate(0.0, 10.0, 40_000_000)
