cdef int a[10]
cdef double grid[3][4]
cdef char *names[8]
