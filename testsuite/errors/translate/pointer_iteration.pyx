# A loop over a C pointer needs to know where to stop (and a constant step).
cdef int a
cdef int *values

def f(int step):
    for a in values:
        pass
    for a in values[2:]:
        pass
    for a in values[0:4:step]:
        pass
