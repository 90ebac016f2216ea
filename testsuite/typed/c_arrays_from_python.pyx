# Python iterables to C arrays (and lists of lists to arrays of arrays),
# with Cython's IndexError for a wrong length.
def one(xs):
    cdef int a[3]
    a = xs
    return a
cdef double d[2]
d = [1.5, 2.5]
cdef int lit[3]
lit = [7, 8, 9]
print(one([1, 2, 3]), d, lit, one((4, 5, 6)))
for bad in ([1, 2], [1, 2, 3, 4], 5, ["x", 1, 2]):
    try:
        one(bad)
    except Exception as e:
        print(type(e).__name__, e)


def from_lists(rows):
    cdef int a[2][3]
    a = rows
    return a[1][2], a

cdef int b2[2][2]
b2 = [[1, 2], [3, 4]]
print(from_lists([[1, 2, 3], [4, 5, 6]]), b2)
for bad in ([[1, 2, 3]], [[1, 2], [3, 4]], 5):
    try:
        from_lists(bad)
    except Exception as e:
        print(type(e).__name__, e)
