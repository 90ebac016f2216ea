# cdef functions, cpdef functions with their wrappers (the C parameters and
# defaults as the wrapper's arguments), what the exception analysis decided,
# cdef globals and cpdef enums.
cdef int counter = 0

cdef long add(long a, long b):
    return a + b

cdef int checked(int a, int b) except -1:
    return a // b

cpdef double scale(double x, double factor=2.0):
    return x * factor

cpdef enum Mode:
    fast = 1
    safe = 2

cdef extern from "math.h":
    cpdef double c_sqrt "sqrt"(double x)

def use():
    return add(1, 2) + checked(4, 2) + <int>scale(1.0)
