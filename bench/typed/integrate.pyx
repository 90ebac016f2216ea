# The integral of f(x) = x*x - x over [0, 2] in 10**7 steps, f a cdef function.
cdef double f(double x):
    return x * x - x


def integrate_f(double a, double b, int n):
    cdef int i
    cdef double s = 0, dx = (b - a) / n
    for i in range(n):
        s += f(a + i * dx)
    return s * dx


def run():
    return integrate_f(0.0, 2.0, 10 ** 7)
