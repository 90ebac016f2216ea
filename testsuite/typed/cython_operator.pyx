# cython.operator's functions on C values: dereference, the pre/post
# increments and decrements (pointers, integers, floats), address; through
# `from cython.operator cimport ...` and as cython.operator.NAME.
cimport cython
from cython.operator cimport dereference as deref, preincrement as inc, postincrement, predecrement, postdecrement, address

def pointers():
    cdef int[4] a = [1, 2, 3, 4]
    cdef int *p = a
    cdef int x = deref(p)
    inc(p)
    cdef int y = deref(p)
    cdef int z = deref(postincrement(p))
    cdef int w = deref(p)
    p[0] = 10
    predecrement(p)
    cdef int *q = postdecrement(p)
    return x, y, z, w, a[2], deref(p), deref(q), cython.operator.dereference(q + 2)

def numbers():
    cdef int i = 5
    cdef int j = inc(i)
    cdef int k = postincrement(i)
    cdef int *pi = address(i)
    cdef double d = 1.5
    cdef double e = predecrement(d)
    cdef double f = cython.operator.postincrement(d)
    return i, j, k, deref(pi), d, e, f

cdef struct Pair:
    int a
    int b

def structs():
    cdef Pair[2] pairs
    pairs[0].a, pairs[0].b = 1, 2
    pairs[1].a, pairs[1].b = 3, 4
    cdef Pair *p = pairs
    cdef Pair first = deref(p)
    inc(p)
    return first.a, first.b, deref(p).a, deref(p).b

def walk(bytes data):
    # a C string scanned with a moving pointer
    cdef const char *s = data
    cdef int n = 0
    while deref(s):
        if deref(postincrement(s)) == b'a':
            n += 1
    return n

print(pointers())
print(numbers())
print(structs())
print(walk(b"banana"), walk(b""))
