# C functions used as Python objects: one `wrap` Python function per
# signature and parameter names (Cython's cfunc.to_py), shared by every
# function of that signature; none for calls, `&f` stored in a C pointer,
# or values no one uses.
cdef double square(double x):
    return x * x

cdef double cube(double x):
    return x * x * x

cdef double scaled(double y):
    return y * 2

cdef void report(int code):
    pass

def objects():
    return square, cube, scaled, report

def c_uses(double v):
    cdef double (*fp)(double) except? -1
    fp = &cube
    square, &cube  # unused: nothing converted
    return fp(square(v))
