# Operators on C values that Cython rejects: pointers outside pointer
# arithmetic and the bytes operations of C strings.
def f():
    cdef int i = 1, j = 2
    cdef char *s = b"abc"
    cdef int *p = &i
    cdef float x = 1.5
    ok = s + s, s % s, s * 2, p + 1, 1 + p, p - p, p - 1
    i = j | s
    x = s ** x
    i = -s
    i = ~p
    p = p + p
