# Loops over range() and prange() with a C integer target are C loops; a
# Python target, a rebound range or a starred argument keep Python's loop.
from cython.parallel import prange

def loops(int n, int step, list items):
    cdef int i, j
    cdef long total = 0
    for i in range(n):
        total += i
    for i in range(n, 0, -1):
        total += i
    for i in range(0, n, step):
        total += i
    for j in prange(n, nogil=True):
        total += j
    for k in range(n):
        total += k
    for i in range(*items):
        total += i
    return total

def shadowed(int n):
    cdef int i
    range = lambda m: [0]
    for i in range(n):
        pass
    return i
