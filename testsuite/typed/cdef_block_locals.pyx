# Locals declared in a function's `cdef:` block have their declared types
# (with or without a value), as `cdef T x` statements do.
cimport cython

def declared():
    cdef:
        int x = 5
        double y
        unsigned char c = 200
        int *p = &x
    y = x / 2
    c += 100
    p[0] += 1
    return cython.typeof(x), cython.typeof(y), cython.typeof(c), x, y, c

cdef int twice(int n):
    cdef:
        int result = 2 * n
    return result

print(declared())
print(twice(21))
