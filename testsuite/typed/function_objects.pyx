# C functions as Python objects (Cython's cfunc.to_py): each signature gets
# a Python function `wrap` that converts its arguments, calls the C
# function it holds, and converts the result; exceptions propagate as the
# C function declares them. Also: calling one of two C functions chosen by
# a conditional expression, and C arrays in pointer arithmetic.
from libc.math cimport sqrt, floor, ceil

cdef double square(double x):
    return x * x

cdef double cube(double x):
    return x * x * x

cdef bint positive(long long v) except -1:
    if v == 0:
        raise ValueError("zero")
    return v > 0

cdef void shout(int times):
    print("hey" * times)

cdef struct Pair:
    int a
    double b

cdef Pair make_pair(int a, double b):
    cdef Pair p
    p.a = a
    p.b = b
    return p

cdef tuple both(list items, dict table):
    return items, table

cdef object anything(a, b):
    return (a, b)

cpdef int plus_one(int x):
    return x + 1

def as_objects():
    cdef object s = square
    return s, cube, positive, shout, make_pair, both, anything, sqrt

def through_pointer(double x):
    cdef double (*fp)(double) except? -1
    fp = &cube
    &square, fp  # unused: nothing converted
    return fp(x)

def chosen(bint which):
    return square if which else cube

def rounded(double x, bint down):
    return (floor if down else ceil)(x)

def pointer_arithmetic():
    cdef int[5] a = [10, 20, 30, 40, 50]
    cdef int *p = a + 1
    cdef int *q = 3 + a
    return p[0], q[0], (a + 4)[0], q - p

def cpdef_call():
    return plus_one(41)

s, c, pos, sh, mk, bo, an, sq = as_objects()
print(s(3), c(2), pos(5), pos(-2), sq(16))
print(s(x=1.5), sq(x=4))
for f in (s, c, pos, sh, mk, bo, an, sq):
    print(f.__name__, f.__doc__)
sh(2)
print(sorted(mk(1, 2.5).items()))
print(bo([1], {2: 3}))
print(an("a", None))
for bad in ((pos, (0,)), (s, ("x",)), (bo, (1, {})), (s, ()), (s, (1, 2))):
    try:
        bad[0](*bad[1])
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(through_pointer(3), chosen(True)(3), chosen(False)(3), chosen(True).__doc__ == s.__doc__)
print(rounded(2.5, True), rounded(2.5, False))
print(pointer_arithmetic())
print(cpdef_call())
