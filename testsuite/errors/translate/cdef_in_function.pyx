# cdef functions are module-level in pyxc so far: one inside a def is an
# error from the lowering, before any C++ is printed.
def outer():
    cdef int inner(int x):
        return x
    return inner(1)
