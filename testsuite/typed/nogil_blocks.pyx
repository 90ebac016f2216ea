# with nogil / with gil blocks: C code (libc functions from nogil extern
# blocks, nogil cdef functions, a printf-style varargs call) runs inside.
from libc.math cimport sqrt
from libc.stdio cimport snprintf

cdef double norm(double x, double y) nogil:
    return sqrt(x * x + y * y)

def run(int n):
    cdef double total = 0
    cdef int i
    cdef char buffer[32]
    with nogil:
        for i in range(n):
            total += norm(i, i)
        snprintf(buffer, 32, b"%d items", n)
        with gil:
            print("inside", round(total, 6))
    return round(total, 6), buffer

print(run(10))
