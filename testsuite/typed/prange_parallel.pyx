# distutils: extra_compile_args=-fopenmp
# distutils: extra_link_args=-fopenmp
# prange loops that run in parallel (OpenMP, as both compilers build this
# file): reductions (+ * - & | ^), lastprivate variables (assigned in the
# body: their last iteration's value after the loop), the index, nested
# C loops, schedules, num_threads, steps of either sign; loops that may
# raise, break or read a reduction run serially with the same results.
# cython: boundscheck=False, wraparound=False
from cython.parallel cimport prange
from libc.math cimport sin
cimport cython


def reductions(int n):
    cdef int i
    cdef long total = 0, product = 1, negated = 0
    cdef unsigned int bits_and = 0xFFFFFFFF, bits_or = 0, bits_xor = 0
    cdef double area = 0
    for i in prange(n, nogil=True):
        total += i
        product *= 1 + (i % 2)
        negated -= i
        bits_and &= ~(1u << (i % 31))
        bits_or |= 1u << (i % 31)
        bits_xor ^= <unsigned int>i
        area += sin(i * 0.001)
    return i, total, product, negated, bits_and, bits_or, bits_xor, round(area, 6)


def last_values(int n):
    cdef int i, j, inner = -1
    cdef double half = -1
    with nogil:
        for i in prange(0, n, 3, schedule='static', chunksize=2):
            half = i / 2.0
            for j in range(4):
                inner = i + j
    return i, j, inner, half


def downwards(int n):
    cdef int i
    cdef long s = 0
    for i in prange(n, -1, -2, nogil=True, schedule='dynamic', num_threads=2):
        s += i
    return i, s


def memoryview_sum(double[:] a, double[:] b):
    cdef Py_ssize_t i
    cdef double dot = 0
    for i in prange(a.shape[0], nogil=True, schedule='guided'):
        dot += a[i] * b[i]
    return dot


def may_raise(int n, int d):
    # `// d` raises for d == 0: the loop runs serially.
    cdef int i
    cdef long s = 0
    for i in prange(n, nogil=True):
        s += i // d
    return s


@cython.cdivision(True)
def c_division(int n, int d):
    cdef int i
    cdef long s = 0
    for i in prange(1, n, nogil=True):
        s += (i * 7) // d
    return s


print(reductions(1000))
print(last_values(20), last_values(1))
print(downwards(11), downwards(10))
import array
a = array.array('d', [x * 0.5 for x in range(1000)])
b = array.array('d', [1.0] * 1000)
print(memoryview_sum(a, b))
print(may_raise(100, 3), c_division(100, 3))
try:
    may_raise(10, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
