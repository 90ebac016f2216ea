# Which prange loops and parallel() blocks the lowering plans as parallel
# (OpenMP) regions and with which clauses; the others run serially.
from cython.parallel cimport prange, parallel, threadid

def parallel(int n, double[:] a):
    cdef int i, j, k = 0
    cdef double s = 0, last = 0
    for i in prange(n, nogil=True, schedule='static', chunksize=4, num_threads=2):
        last = i * 0.5
        for j in range(3):
            k = j
        s += last
    return s, last, k

def raising(int n, int d, list out):
    cdef int i
    cdef long s = 0, t = 0
    for i in prange(n, nogil=True):     # may raise: i // d
        s += i // d
    for i in prange(n):                 # holds the GIL: each iteration takes it
        t = i
    with nogil:
        for i in prange(n):             # with gil inside
            with gil:
                out[i] = i
    return s, t

def blocks(int n, list out):
    cdef int i, tid
    with nogil, parallel(num_threads=2):
        tid = threadid()                # private to each thread
        for i in prange(n):             # shares out its iterations
            with gil:
                out[i] = tid
    with parallel():                    # holds the GIL: each thread takes it
        out[threadid()] = 1

def serial(int n, list out):
    cdef int i
    cdef long s = 0, t = 0
    for i in prange(n, nogil=True):     # reads its reduction
        t += s
        s += t
    for i in prange(n, nogil=True):     # breaks
        if i > 3:
            break
    for i in prange(n):                 # assigns an object
        x = out[i]
    with nogil, parallel():             # a reduction in a block
        s += 1
    with parallel():                    # returns
        return s, t
