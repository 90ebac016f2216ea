# A bytes literal where void * is wanted: its C string, as Cython coerces it.
from libc.string cimport memcmp
cdef const void *p = b"abc"
def f():
    return memcmp(p, b"abd", 3) < 0, memcmp(b"x", b"x", 1)
print(f())
