# Typed memoryviews over buffers (array.array and memoryview casts):
# indexing with wraparound and bounds checks, writes, shape, the errors for
# a wrong dtype, wrong dimensions, read-only buffers and non-buffers.
from array import array
cimport cython

def total(double[:] a):
    cdef double s = 0
    cdef Py_ssize_t i
    for i in range(a.shape[0]):
        s += a[i]
    return s

def sum2d(double[:, :] a):
    cdef double s = 0
    cdef Py_ssize_t i, j
    for i in range(a.shape[0]):
        for j in range(a.shape[1]):
            s += a[i, j] * (i + 1)
    return s

def difference(long long[:] a, long long[:] b, long long[::1] out):
    cdef Py_ssize_t i
    for i in range(a.shape[0]):
        out[i] = a[i] - b[i]

def last(int[:] a):
    return a[-1], a[-a.shape[0]]

@cython.boundscheck(False)
@cython.wraparound(False)
def unchecked_first(int[:] a):
    return a[0]

def read_only(const double[:] a):
    return a[0] + a[a.shape[0] - 1]

def element(int[:] a, Py_ssize_t i):
    return a[i]

def view_back(double[:] a):
    return a

data = array('d', [1.5, 2.5, 3.0])
print(total(data), read_only(data))
grid = memoryview(array('d', range(12))).cast('B').cast('d', [3, 4])
print(sum2d(grid), grid.shape)
a = array('q', [10, 20, 30])
b = array('q', [1, 2, 3])
out = array('q', [0, 0, 0])
difference(a, b, out)
print(out.tolist())
ints = array('i', [4, 5, 6, 7])
print(last(ints), unchecked_first(ints), element(ints, 2), element(ints, -1))
print(view_back(data)[1], total(None) if False else "skip")
for f, args in [(element, (ints, 4)), (element, (ints, -5)), (total, (array('i', [1]),)),
                (sum2d, (data,)), (total, ([1.0, 2.0],)), (difference, (a, b, b"abc")),
                (read_only, (b"\x00" * 8,)), (total, (memoryview(bytes(16)).cast('d'),))]:
    try:
        print(f.__name__, f(*args))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
