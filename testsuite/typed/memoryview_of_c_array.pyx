# A typed memoryview of a C array (`cdef int[:] v = array`, arrays of
# arrays as 2-D views): the view reads and writes the array's memory.
def one_dimension():
    cdef int data[10]
    cdef int i
    for i in range(10):
        data[i] = i * i
    cdef int[:] view = data
    view[2] = 7
    return data[2], view[9], len(view), view.shape[0]

def two_dimensions():
    cdef double grid[3][4]
    cdef int i, j
    for i in range(3):
        for j in range(4):
            grid[i][j] = i * 10 + j
    cdef double[:, :] g = grid
    g[1, 2] = -1
    return g[2, 3], grid[1][2], g.shape[0], g.shape[1], g[0, 3] + g[2, 0]

print(one_dimension())
print(two_dimensions())
