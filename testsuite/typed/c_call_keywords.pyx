# Calls of C functions with keyword arguments, matched to the parameters by
# name (Cython's tests/run/cdef_function_kwargs.pyx, in Python 3 syntax):
# cdef, cpdef (murmurhash's `hash32(key, seed=0)`), extern functions and
# function pointers; keywords are evaluated where they are written.
from libc.string cimport strstr

cdef cfunc(a, b, c, d):
    return (a, b, c, d)

cpdef cpfunc(a, b, c, d):
    return (a, b, c, d)

cdef optargs(a, b=2, c=3):
    return (a, b, c)

cpdef unsigned int hash32(key, unsigned int seed=0):
    return <unsigned int>(len(key) * 31 + seed)

cdef long scaled(long x, long factor=10):
    return x * factor

ctypedef int (*cfuncptr_type)(int a, int b)

cdef int cfuncptr(int a, int b):
    print(a, b)
    return a + b

cdef cfuncptr_type get_cfuncptr():
    return cfuncptr

sideeffect = []

cdef side_effect(x):
    sideeffect.append(x)
    return x

def calls():
    print(cfunc(a=1, b=2, c=3, d=4), cfunc(1, 2, c=3, d=4), cfunc(1, 2, d=4, c=3))
    print(cpfunc(a=1, b=2, c=3, d=4), cpfunc(1, 2, d=4, c=3))
    print(cfunc(1, 2, d=side_effect(4), c=side_effect(3)), sideeffect)
    print(optargs(11), optargs(a=11), optargs(11, b=12), optargs(b=12, a=11), optargs(11, c=13, b=12),
          optargs(c=13, a=11, b=12))
    print(hash32(b"abc"), hash32(b"abc", seed=7), hash32(key=b"ab", seed=1))
    print(scaled(3), scaled(3, factor=2), scaled(factor=4, x=5))
    print(strstr(needle=b"abc", haystack=b"xabcz") is not NULL, strstr(haystack=b"abc", needle=b"xabcz") is NULL)
    cdef cfuncptr_type ptr = get_cfuncptr()
    ptr(1, 2)
    ptr(1, b=2)
    ptr(b=2, a=1)

calls()
# From Python, the cpdef function takes keywords too.
print(hash32(b"abcd", seed=3), cpfunc(1, 2, d=4, c=3))
