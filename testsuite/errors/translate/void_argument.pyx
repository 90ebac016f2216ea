# Cython asks for f() instead of C's f(void) (tests/errors/void_as_arg.pyx).
cdef extern from *:
    void foo(void)
