# Slices of C arrays and char pointers: stores into an array's items
# (`arr[a:b] = value`, constant bounds) and char slices read as bytes of
# exactly b - a bytes, NUL bytes included, as Cython compiles them.
from libc.string cimport memcpy

def store(obj):
    cdef int arr[3]
    cdef int other[3]
    arr[:] = [1, 2, 3]
    other[:] = arr
    print(arr, other)
    arr[1:] = [7, 8]
    print(arr)
    arr[:2] = (5, 6)
    print(arr)
    arr[None:2] = [3, 4]
    print(arr)
    cdef char text[4]
    text[:] = b"wxyz"
    print(text[:4])
    cdef double d[2]
    d[:] = (1.5, 2)
    print(d)
    arr[:] = obj
    return arr

def store_errors():
    for value in ([1, 2], [1, 2, 3, 4], (1, 2, 3), "abc", 5, [1, "x", 3]):
        try:
            print(store(value))
        except Exception as e:
            print(type(e).__name__, e)

def char_slices(Py_ssize_t n, Py_ssize_t m):
    cdef char buf[8]
    memcpy(buf, b"ab\0cdefg", 8)
    cdef char *p = buf
    cdef const char *cp = buf
    cdef unsigned char *u = <unsigned char *>buf
    print(p[:5], p[1:4], buf[:8], p[2:m], u[:3], buf[3:6])
    print(p[n:m], cp[:m], buf[n:m], p[:0], p[3:3])
    print(p[:], buf[:], buf[3:m])
    cdef char *word = b"slice"
    print(word[1:], word[:3].decode("ascii"))

store_errors()
char_slices(1, 5)
char_slices(0, 3)
