# A def or class with the name of a cdef function or variable of the module
# (tests/errors/w_cdef_override.pyx); an extern function may be shadowed.
cdef foo():
    pass

def foo():
    pass

cdef int counter = 0

class counter:
    pass

cdef extern from *:
    int new(int new)

def new(x):
    return x
