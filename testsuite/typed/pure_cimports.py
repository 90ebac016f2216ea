# Pure-Python mode cimports: `from cython.cimports.X import ...` reaches
# the same declarations as `from X cimport ...`.
import cython
from cython.cimports.libc.math import sqrt, floor
from cython.cimports.libc import math as cmath


@cython.cfunc
def hyp(a: cython.double, b: cython.double) -> cython.double:
    return sqrt(a * a + b * b)


def run():
    print(hyp(3, 4), floor(2.5), cmath.ceil(2.5))


run()
