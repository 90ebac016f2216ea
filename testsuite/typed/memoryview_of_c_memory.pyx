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


cdef void fill_ints(int[:] x, double value):
    x[0] = <int>value


def function_objects():
    # Two C functions of views of different types as Python functions: each
    # its own wrapper.
    cdef f = fill
    cdef g = fill_ints
    cdef double[1] d = [0]
    cdef int[1] i = [0]
    f(<double[:1]> d, 2.5)
    g(<int[:1]> i, 7.0)
    return d[0], i[0]


print(from_array(), from_pointer(3), two_dimensions(), as_object(), function_objects())
