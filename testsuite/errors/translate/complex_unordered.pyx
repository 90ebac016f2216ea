# C complex numbers have no order (also in each specialisation of a fused
# function whose members include complex types).
cimport cython

cdef bint below(double complex a, double complex b):
    return a < b

cdef cython.numeric biggest(cython.numeric a, cython.numeric b):
    return a if a >= b else b

def python_order(a, double complex b):
    return a < b     # a Python comparison: it raises TypeError when it runs
