# Arrays of arrays: C's row-major int[3][4], to Python as lists of lists.
def grid(int n):
    cdef int a[3][4]
    cdef int i, j
    for i in range(3):
        for j in range(4):
            a[i][j] = i * 10 + j + n
    return a[2][3], a


cdef double m[2][2]
m[0][0] = 1.5
m[1][1] = 2.5
print(grid(1), m)
