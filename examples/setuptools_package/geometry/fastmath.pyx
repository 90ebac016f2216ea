# A module that wraps a vendored C library: the comments below add its
# source and include folder to this module's build, as Cython does.
# distutils: sources = src/fastmath.c
# distutils: include_dirs = src
# distutils: define_macros = FASTMATH_SCALE=1.0

cdef extern from "fastmath.h":
    double fm_clamp(double x, double lo, double hi)
    double fm_hypot3(double x, double y, double z)


def clamp(double x, double lo, double hi):
    """clamp(x, lo, hi): x limited to [lo, hi]."""
    return fm_clamp(x, lo, hi)


def hypot3(double x, double y, double z):
    return fm_hypot3(x, y, z)
