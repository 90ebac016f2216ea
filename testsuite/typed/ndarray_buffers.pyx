# Cython's buffer syntax on NumPy arrays: `np.ndarray[double, ndim=2]`
# parameters and locals are ndarray objects whose buffer is checked when
# they are assigned (element type, dimensions, mode='c'), with NumPy's
# attributes through its .pxd (shape, strides, size, data) and indexing.
cimport cython
import numpy as np
cimport numpy as cnp

cnp.import_array()


def describe(cnp.ndarray[double, ndim=2] a):
    return a.shape[0], a.shape[1], a.size, a.strides[1], a.data is not NULL


def total(cnp.ndarray[cnp.float64_t, ndim=2, mode='c'] a):
    cdef Py_ssize_t i, j
    cdef double s = 0
    for i in range(a.shape[0]):
        for j in range(a.shape[1]):
            s += a[i, j]
    return s


def fill(cnp.ndarray[long, ndim=1] out, long value):
    cdef Py_ssize_t i
    for i in range(out.shape[0]):
        out[i] = value + i
    return out


def local_buffer(n):
    cdef cnp.ndarray[double, ndim=1] v = np.arange(n, dtype=np.float64)
    v = v * 2
    return v[n - 1], v.shape[0]


def accepts_none(cnp.ndarray[double, ndim=1] v=None):
    return v is None


def element(cnp.ndarray[double, ndim=2] a, Py_ssize_t i, Py_ssize_t j):
    return a[i, j]


@cython.cdivision(True)
def halve(object[int, ndim=1] values):
    # `object[int]`: any object exporting a buffer of ints.
    cdef Py_ssize_t i
    for i in range(len(values)):
        values[i] //= 2
    return values


def corners(cnp.ndarray[double, ndim=2] a, i):
    # Literal indices read the buffer (a float); a Python object index
    # indexes the array (NumPy's scalar), as Cython does.
    return a[0, 0], a[-1, -1], a[i, 0], type(a[0, 1]).__name__, type(a[i, 1]).__name__


a = np.arange(12, dtype=np.float64).reshape(3, 4)
print(describe(a), total(a), list(fill(np.zeros(4, dtype=np.int_), 5)))
print(local_buffer(5), accepts_none(), accepts_none(np.ones(2)), element(a, -1, -1), element(a, 1, 2))
print(corners(a, 1))
import array
print(list(halve(array.array('i', [6, 9, 20]))), list(halve(np.array([4, 7], dtype=np.intc))))
for bad in [lambda: total(np.arange(4.0)), lambda: total(np.arange(12).reshape(3, 4)),
            lambda: total(np.asfortranarray(a)), lambda: describe([[1.0]]), lambda: element(a, 3, 0),
            lambda: element(a, 0, -5)]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
