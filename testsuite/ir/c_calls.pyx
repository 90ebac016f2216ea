# Calls of C functions as the lowering resolves them: positional arguments,
# keywords matched by name (evaluated where written), defaults filled in,
# the `...` of a variadic extern function, calls through a pointer.
cdef extern from "stdio.h":
    int printf(const char *fmt, ...)

cdef long scaled(long x, long factor=10, long offset=0):
    return x * factor + offset

ctypedef long (*binary)(long a, long b)

cdef long add(long a, long b):
    return a + b

def use(long v):
    cdef binary op = add
    printf(b"%ld\n", v)
    return scaled(v) + scaled(v, offset=1) + scaled(offset=2, x=v) + op(b=1, a=v)
