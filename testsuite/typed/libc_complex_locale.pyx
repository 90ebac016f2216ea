# libc.complex (as <complex>'s std:: overloads: the C++ double complex),
# libc.stdbool and libc.locale, written from the C standard.
from libc.complex cimport cabs, csqrt, creal, cimag, conj, cexp, cpow, carg
from libc.stdbool cimport bool as cbool
from libc.locale cimport setlocale, localeconv, LC_NUMERIC

def complex_math(double complex z):
    cdef double complex r = csqrt(z)
    return cabs(z), creal(r), cimag(r), conj(z), round(cabs(cexp(z)), 6), cpow(z, 2), carg(1j)

def flags(int n):
    cdef cbool b = n > 2
    return b

def decimal_point():
    setlocale(LC_NUMERIC, b"C")
    return localeconv().decimal_point

print(complex_math(3 + 4j))
print(flags(1), flags(5))
print(decimal_point())
