# `cimport numpy` reads NumPy's own __init__.cython-30.pxd from
# site-packages, its headers are found without being named, and
# import_array() is called for a module that does not call it (as Cython
# adds it): ndarray's C properties, dtype fields, NumPy's C macros.
cimport numpy as np
import numpy

def describe(np.ndarray arr):
    return arr.ndim, arr.shape[0], arr.shape[1], arr.size, arr.itemsize, np.PyArray_NDIM(arr)

def dtype_parts(np.ndarray arr):
    cdef np.dtype d = arr.dtype
    return d.itemsize, d.kind, np.PyDataType_HASSUBARRAY(d)

def total(np.ndarray arr):
    cdef np.float64_t s = 0
    cdef np.npy_intp i, n = arr.size
    cdef np.float64_t *data = <np.float64_t *>np.PyArray_DATA(arr)
    for i in range(n):
        s += data[i]
    return s

a = numpy.arange(12, dtype=numpy.float64).reshape(3, 4)
print(describe(a))
print(dtype_parts(a))
print(total(a))
