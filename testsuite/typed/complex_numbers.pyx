# C complex types: double complex, float complex, arithmetic, conversions.
cdef double complex z = 1 + 2j

cdef double complex twice(double complex a):
    return a * 2

def arithmetic(double complex a, double complex b):
    return a + b, a - b, a * b, a / b, -a, +a

def mixed(double complex a, double d, int i):
    cdef double complex r = a * d + i
    return r, a + 1, 2.5 * a, a - i

def parts(double complex a):
    cdef double re = a.real
    cdef double im = a.imag
    return re, im, a.conjugate(), abs(a)

def set_parts():
    cdef double complex c = 0
    c.real = 3
    c.imag = -4
    return c, abs(c)

def compare(double complex a, double complex b):
    return a == b, a != b

def single(float complex f):
    cdef float complex g = f * f
    return g, g.real

def from_python(x):
    cdef double complex c = x
    return c

def divide(double complex a, double complex b):
    return a / b

def truth(double complex a):
    if a != 0:
        return "nonzero"
    return "zero"

print(z, twice(z), twice(1j))
print(arithmetic(1 + 2j, 3 - 1j))
print(mixed(1 + 1j, 2.0, 3))
print(parts(3 + 4j))
print(set_parts())
print(compare(1j, 1j), compare(1j, 2j))
print(single(1.5 + 0.5j))
for v in (1, 2.5, 3j, True):
    print(repr(from_python(v)))
class WithComplex:
    def __complex__(self):
        return 7 - 1j
print(from_python(WithComplex()))
for v in ("x", None, [1]):
    try:
        from_python(v)
    except TypeError as e:
        print("TypeError", e)
try:
    divide(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(truth(0), truth(1j))
print(type(z), z.real)

cdef struct Pole:
    double complex where
    int order

def pole(double complex w):
    cdef Pole p
    p.where = w
    p.order = 2
    return p

def array_of_complex():
    cdef double complex[3] zs
    zs[0] = 1
    zs[1] = 1j
    zs[2] = zs[0] + zs[1]
    return zs

cdef double complex unit = 1j
print(pole(2 - 1j), array_of_complex(), unit * unit)
cdef float complex narrow = 0.1 + 0.2j
print(narrow, narrow.real == <float>0.1)
