def f(o):
    cdef int n
    with nogil:
        n = o
    return n
