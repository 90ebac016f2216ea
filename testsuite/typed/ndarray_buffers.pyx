# Cython's buffer syntax on NumPy arrays: `np.ndarray[double, ndim=2]`
# parameters and locals are ndarray objects whose buffer is checked when
# they are assigned (element type, dimensions, mode='c'), with NumPy's
# attributes through its .pxd (shape, strides, size, data) and indexing.
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


a = np.arange(12, dtype=np.float64).reshape(3, 4)
print(describe(a), total(a), list(fill(np.zeros(4, dtype=np.int_), 5)))
print(local_buffer(5), accepts_none(), accepts_none(np.ones(2)))
for bad in [lambda: total(np.arange(4.0)), lambda: total(np.arange(12).reshape(3, 4)),
            lambda: total(np.asfortranarray(a)), lambda: describe([[1.0]])]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
