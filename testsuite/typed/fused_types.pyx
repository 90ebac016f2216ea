# Fused types: ctypedef fused and cython's floating/integral/numeric, in
# cdef functions (the specialisation picked by the arguments' C types, or
# named: f[double]), def functions (a fused function object that
# dispatches on the arguments' Python types, indexes and lists its
# __signatures__) and cpdef functions (both), def methods of classes and
# cdef classes, compile-time `if T is ...` branches, fused memoryviews.
cimport cython
import array

ctypedef fused number:
    int
    double

ctypedef fused real:
    short
    long
    double

ctypedef fused sequence:
    list
    tuple
    unicode


cdef number twice(number x):
    if number is int:
        return x * 2
    elif number is double:
        return x + x + 0.5


cdef cython.floating half(cython.floating x):
    return x / 2


cdef real biggest(real a, real b):
    return a if a > b else b


cpdef cython.floating third(cython.floating x):
    return x / 3


def c_calls():
    cdef float f = 3
    cdef long big = 1 << 40
    cdef short small = 7
    return (twice(3), twice(2.0), twice[double](4), twice[int](5), half(f), half(3.0),
            biggest(big, 2), biggest(small, 9), biggest(1.5, 2.5), third(f) == <float>1.0, third[double](1.5))


def length(sequence seq, int extra=0):
    """The length, plus extra."""
    return len(seq) + extra


def scale(cython.floating x, cython.integral n):
    if cython.floating is float:
        return "float", x * n
    return "double", x * n


def total(cython.floating[:] xs):
    cdef cython.floating s = 0
    cdef Py_ssize_t i
    for i in range(xs.shape[0]):
        s += xs[i]
    return s


def kinds(cython.numeric x):
    return cython.typeof(x)


cdef class Scaler:
    cdef double factor
    def __init__(self, factor):
        self.factor = factor
    def scale(self, number x):
        if number is int:
            return "int", x * <int>self.factor
        return "double", x * self.factor


class Plain:
    def twice(self, cython.floating x, n=2):
        return x * n


print(c_calls())
s = Scaler(3)
print(s.scale(2), s.scale(2.5), sorted(Scaler.scale.__signatures__), Scaler.scale["int"](s, 4))
print(Plain().twice(1.5), Plain().twice(x=2.0, n=3))
print(length([1, 2]), length((1,), extra=5), length("abc"), length.__name__, length.__doc__)
print(sorted(length.__signatures__), sorted(scale.__signatures__)[:3])
print(scale(2.5, 3), scale[float, int](2.5, 3), scale["double|short"](1.5, 2))
print(total(array.array('d', [1.0, 2.5])), total(array.array('f', [1.5, 2.0])))
print(kinds(3), kinds(2.5), kinds(1j))
print(third(4.5), third["float"](3.0), sorted(third.__signatures__), third.__name__)
for bad in [lambda: length(3), lambda: scale(1, 2), lambda: total(array.array('i', [1]))]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
try:
    scale["int|int"]
except KeyError as e:
    print("KeyError", e)
