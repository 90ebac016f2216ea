# distutils: extra_compile_args=-fopenmp
# distutils: extra_link_args=-fopenmp
# A prange reduction: the midpoint rule for the integral of sin(x)·x over
# [0, 10] with 40 million steps.
from cython.parallel cimport prange
from libc.math cimport sin


def integrate(double a, double b, long n):
    cdef double dx = (b - a) / n, s = 0, x
    cdef long i
    for i in prange(n, nogil=True):
        x = a + (i + 0.5) * dx
        s += sin(x) * x
    return s * dx


def run():
    return integrate(0.0, 10.0, 40_000_000)
