cdef int i, j
for i from 0 <= j < 10:
    pass
