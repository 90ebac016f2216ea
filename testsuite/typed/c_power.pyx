# `**` on C numbers computes in C, as Cython 3 does (cpow=False): floating
# powers, integers to literal exponents, and the error for a complex result.

def floats(double x, double y):
    cdef double r = x ** y
    return r

def mixed(double x, int n):
    return x ** n, (x + 1) ** 2, 2 ** x

def integers(long a):
    cdef long sq = a ** 2
    return sq, a ** 0, a ** 3, (a + 1) ** 10

cdef double variance(double r, double nr) noexcept nogil:
    return (r + 1) ** 2 * nr ** -2

print(floats(2.0, 0.5), floats(9.0, 2.0), floats(-8.0, 3.0))
print(mixed(1.5, 3), mixed(-2.0, 2))
print(integers(3), integers(-7))
print(variance(2.0, 4.0))
def boxed(double x, double y):
    return x ** y

print(floats(-8.0, 1.0 / 3), boxed(2.0, -1.0), type(boxed(-8.0, 1.0 / 3)).__name__)
