cdef double twice(double x) nogil:
    return 2 * x

cdef double slow(double x):
    return x

def f(list items, double d):
    cdef double s = 0
    cdef int i
    with nogil:
        for i in range(10):
            s += twice(d)
        s += slow(d)
        s += len(items)
        print(s)
        with gil:
            print(s)
    return s
