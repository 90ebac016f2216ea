# A list display becomes a pointer's C array only as the value of its
# declaration in a function (Cython's rule); a later assignment is refused.
cdef int *at_module
at_module = [1, 2]  # allowed: module code runs once

def f():
    cdef int *p = [1, 2, 3]
    p = [4, 5]
    return p[0]
