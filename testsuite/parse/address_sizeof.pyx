cdef int x = 0
cdef int *p = &x
n = sizeof(int)
m = sizeof(x)
k = sizeof(Point *)
