# cdef declarations belong directly in a function (or module) body.
def f(int n):
    with nogil:
        cdef int y = n
    for i in range(n):
        cdef int z = i
    return 0
