# Calls of non-functions, unpacking counts known to be wrong, two starred
# targets: Cython's compile-time errors.
def f():
    cdef int i = 1
    i()
    a, b = 1, 2, 3
    a, (b, c) = 1, (2, 3, 4)
    *c, *d = [1, 2]
