# Chained assignment to C targets: the value computed once, converted for each.
def chained(double d):
    cdef char *p
    cdef char *q
    cdef int i
    cdef bint b
    cdef double e
    p = q = NULL
    i = b = e = 0
    e = i = 3
    x = y = d * 2
    return p == NULL, q == NULL, i, b, e, x, y
print(chained(1.25))
