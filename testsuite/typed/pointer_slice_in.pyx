# `x in p[a:b:s]` over C pointer and array slices: a C loop, the items
# compared with x as C values, or as objects when x is one.
from libc.stdlib cimport malloc, free

cdef class Even:
    def __eq__(self, other):
        return other % 2 == 0

def doubles(x, list values, int a, int b):
    cdef double *p = <double *>malloc(len(values) * sizeof(double))
    try:
        for i, v in enumerate(values):
            p[i] = v
        return (x in p[:b], x not in p[a:b], x in p[a:b:2], x in p[b - 1:a - 1:-1])
    finally:
        free(p)

def ints(int x):
    cdef int arr[5]
    for i in range(5):
        arr[i] = i * 10
    return x in arr[1:4], x in arr[0:5], x not in arr[0:5:2]

print(doubles(2.0, [1, 2, 3, 4, 5], 1, 4))
print(doubles(5.0, [1, 2, 3, 4, 5], 1, 4))
print(doubles(Even(), [1, 3, 5, 6], 0, 4))
print(ints(20), ints(10), ints(40), ints(7))
