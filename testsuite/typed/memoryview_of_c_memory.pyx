# Casts of C memory to typed memoryviews: <double[:n]> pointer, a C
# array's own extents, several dimensions; the view writes the memory.
from libc.stdlib cimport malloc, free


cdef void fill(double[:] x, double value):
    cdef Py_ssize_t i
    for i in range(x.shape[0]):
        x[i] = value + i


def from_array():
    cdef double[4] values = [0, 0, 0, 0]
    fill(<double[:4]> values, 10)
    cdef double[:] view = <double[:]> values
    return [values[i] for i in range(4)], view.shape[0]


def from_pointer(n):
    cdef double *data = <double *> malloc(n * sizeof(double))
    try:
        fill(<double[:n]> data, 1.5)
        return [data[i] for i in range(n)]
    finally:
        free(data)


def two_dimensions():
    cdef int[2][3] grid
    cdef int[:, :] view = <int[:2, :3]> grid
    cdef int i, j
    for i in range(2):
        for j in range(3):
            view[i, j] = i * 10 + j
    return [[grid[i][j] for j in range(3)] for i in range(2)], view.shape[0], view.shape[1]


def as_object():
    # Passed where an object is wanted: a buffer of the memory.
    cdef int[3] values = [1, 2, 3]
    return list(memoryview(<int[:3]> values))


print(from_array(), from_pointer(3), two_dimensions(), as_object())
