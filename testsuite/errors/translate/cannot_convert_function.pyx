# C functions become Python functions only when every parameter and the
# result convert (Cython's cfunc.to_py); pointers to functions never do.
cdef extern from "stdio.h":
    int printf(const char *format, ...)

cdef int fill(int *out):
    out[0] = 1
    return 0

cdef int scaled(int x, int factor=2):
    return x * factor

cdef int *address(int x):
    return NULL

cdef double half(double x):
    return x / 2

def pointer_parameter():
    return fill

def optional_parameter():
    return scaled

def variadic():
    return printf

def pointer_result():
    return address

def function_pointer():
    return &half
