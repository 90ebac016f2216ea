# cimport cython: directives as header comments, decorators and with
# blocks; cython.sizeof/cast/address/declare/typeof/compiled.
# cython: language_level=3
cimport cython

@cython.cdivision(True)
def c_div(int a, int b):
    return a // b, a % b

def py_div(int a, int b):
    return a // b, a % b

def with_block(int a, int b):
    with cython.cdivision(True):
        q = a // b
    return q, a // b

@cython.boundscheck(False)
@cython.wraparound(False)
def decorated(x):
    return x + 1

def builtins():
    cdef int n = 5
    cdef double d = 2.5
    cdef int *p = cython.address(n)
    print(cython.sizeof(cython.int), cython.sizeof(d), p[0])
    print(cython.cast(cython.int, d), cython.cast(cython.double, n) / 2)
    x = cython.declare(cython.int, 7)
    print(x, cython.typeof(x), cython.typeof(n), cython.typeof(d), cython.typeof(p), cython.typeof("s"))
    print(cython.compiled)

print(c_div(-7, 2), py_div(-7, 2), with_block(-7, 2), decorated(1))
builtins()
