# Inline functions a .pxd defines: every module that cimports them compiles
# its own copy (there is no helpers module to import at run time).
from libc.math cimport sqrt

cdef enum:
    SCALE = 10

cdef inline double hypot2(double a, double b=4.0) noexcept:
    return sqrt(a * a + b * b)

cdef inline int scaled(int x):
    # calls another inline function of the same .pxd
    return <int>hypot2(x, 0) * SCALE

cdef inline last(list items):
    # the module's directives (wraparound=False there) do not apply here
    return items[-1]

cdef inline int checked(int x) except -1:
    if x < 0:
        raise ValueError(f"negative: {x}")
    return x * 2

cdef inline object describe(object value):
    # a Python global: looked up in the module that runs the code
    return type(value).__name__ + ":" + str(len(str(value)))
