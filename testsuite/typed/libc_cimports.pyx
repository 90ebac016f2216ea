from libc.math cimport sqrt, M_PI, floor as c_floor
from libc.stdlib cimport abs as c_abs, malloc, free
from libc.string cimport strlen
cimport libc.math
cimport libc.math as cm

cdef double hyp(double a, double b):
    return sqrt(a * a + b * b)

cpdef long fib(long n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

cdef int N = 10

def primes(int count):
    cdef int p[100]
    cdef int found = 0, candidate = 2, i
    while found < count:
        for i in range(found):
            if candidate % p[i] == 0:
                break
        else:
            p[found] = candidate
            found += 1
        candidate += 1
    return [p[i] for i in range(found)]

def integrate(double a, double b, int n):
    cdef double dx = (b - a) / n, s = 0
    cdef int i
    for i in range(n):
        s += f(a + i * dx)
    return s * dx

cdef double f(double x):
    return x * x - x

def main():
    print(hyp(3, 4), M_PI, c_floor(2.7), c_abs(-3), libc.math.cos(0), cm.sin(0))
    print(fib(20), N)
    print(primes(10))
    print(round(integrate(0, 1, 1000), 6))
    cdef int *buf = <int *>malloc(10 * sizeof(int))
    for i in range(10):
        buf[i] = i * i
    print(buf[9])
    free(buf)
    print(strlen(b"hello"))
main()
