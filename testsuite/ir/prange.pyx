# Which prange loops the lowering plans as parallel (OpenMP) loops and
# with which clauses; the others run serially.
from cython.parallel cimport prange

def parallel(int n, double[:] a):
    cdef int i, j, k = 0
    cdef double s = 0, last = 0
    for i in prange(n, nogil=True, schedule='static', chunksize=4, num_threads=2):
        last = i * 0.5
        for j in range(3):
            k = j
        s += last
    return s, last, k

def serial(int n, int d):
    cdef int i
    cdef long s = 0, t = 0
    for i in prange(n, nogil=True):     # may raise: i // d
        s += i // d
    for i in prange(n, nogil=True):     # reads its reduction
        t += s
        s += t
    for i in prange(n, nogil=True):     # breaks
        if i > 3:
            break
    for i in prange(n):                 # holds the GIL
        t = i
    with nogil:
        for i in prange(n):             # with gil inside
            with gil:
                print(i)
    return s, t
