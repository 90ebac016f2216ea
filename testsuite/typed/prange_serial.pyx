# cython.parallel's results that do not depend on how many threads run the
# loops or in which order (pyxc --build runs them in parallel with OpenMP,
# Cython's build here serially): prange is a C range loop (inside `with
# nogil:` for nogil=True), threadid() 0 in a team of one thread.
from cython.parallel cimport prange, parallel, threadid
cimport cython


def total(int n):
    cdef int i
    cdef long s = 0
    for i in prange(n, nogil=True, schedule='static', num_threads=4):
        s += i * i
    return s, i


def stepped(int a, int b, int step):
    cdef int i
    cdef list seen = []
    for i in prange(a, b, 3):
        seen.append(i)
    return sorted(seen)


def with_gil_inside(int n):
    cdef int i
    out = []
    for i in prange(n, nogil=True):
        with gil:
            out.append(i)
    return sorted(out)


def one_thread():
    cdef int seen[2]
    seen[0] = seen[1] = -1
    with nogil, parallel(num_threads=1):
        seen[threadid()] = threadid() + 7
    return seen


print(total(10), stepped(0, 10, 3), with_gil_inside(4), one_thread())
