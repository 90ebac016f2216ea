# A cdef function is called as C: nothing may wrap it (Cython allows its
# directives and staticmethod); pure mode's cfunc makes a C function, which
# a Python class cannot hold.
cimport cython
from functools import wraps

@wraps
cdef wrapped():
    pass

@cython.boundscheck(False)
cdef int directive_is_fine():
    return 0

cdef class C:
    @staticmethod
    cdef int static_is_fine():
        return 1

    @wraps
    @wraps
    cpdef also_wrapped(self):
        pass

class Pyclass(object):
    @cython.cfunc
    def bad(self):
        pass
