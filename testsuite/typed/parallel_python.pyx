# distutils: extra_compile_args=-fopenmp
# distutils: extra_link_args=-fopenmp
# Parallel regions with Python code in them (OpenMP, as both compilers
# build this file): prange loops whose bodies take the GIL or may raise,
# parallel() blocks run by a team of threads (private variables, prange
# loops sharing out their iterations), and exceptions raised in a thread:
# the first is raised again after the region, the other threads stop.
from cython.parallel cimport prange, parallel, threadid
cimport openmp


def f(x):
    return x * 2


def python_body(int n):
    # The GIL is held here: each iteration takes it for the body.
    cdef int i
    out = [None] * n
    for i in prange(n):
        out[i] = f(i)
    return out, i


def with_gil_inside(int n):
    cdef int i
    cdef long total = 0
    out = [0] * n
    for i in prange(n, nogil=True):
        total += i
        with gil:
            out[i] = i * i
    return total, sum(out)


def check(int i, int bad):
    if i == bad:
        raise ValueError(f"bad item {i}")
    return i


def raises_in_thread(int n, int bad):
    cdef int i
    out = [None] * n
    try:
        for i in prange(n, nogil=True):
            with gil:
                out[i] = check(i, bad)
    except ValueError as e:
        return "ValueError", str(e)
    return "done", out.count(None)


def raises_with_gil_held(int n):
    cdef int i
    for i in prange(n, schedule='dynamic'):
        if i == 7:
            raise KeyError(i)


def c_error_in_thread(int n, int d):
    # C division may raise ZeroDivisionError: recorded, raised after.
    cdef int i
    cdef long s = 0
    for i in prange(n, nogil=True):
        s += 100 // (d - i)
    return s


def team(int n):
    # Every thread of the team runs the block; threadid() tells them apart.
    cdef int tid, threads = openmp.omp_get_max_threads()
    seen = [None] * threads
    with nogil, parallel():
        tid = threadid()
        with gil:
            seen[tid] = tid
    return seen == list(range(threads))


def team_with_gil(int n):
    cdef int threads = openmp.omp_get_max_threads()
    seen = [0] * threads
    with parallel():
        seen[threadid()] += 1
    return seen == [1] * threads


def shared_loop(int n):
    # prange in a block: the team shares out the iterations (each once).
    cdef int i
    cdef long total = 0
    counts = [0] * n
    with nogil, parallel(num_threads=2):
        for i in prange(n):
            total += i
            with gil:
                counts[i] += 1
    return total, counts == [1] * n


def shared_loop_with_gil(int n):
    cdef int i
    out = [None] * n
    with parallel():
        for i in prange(n):
            out[i] = f(i)
    return out == [f(k) for k in range(n)]


def block_raises(int n):
    with nogil, parallel(num_threads=2):
        with gil:
            raise IndexError("from a thread")


print(python_body(6))
print(with_gil_inside(100))
print(raises_in_thread(50, 13), raises_in_thread(10, -1))
try:
    raises_with_gil_held(20)
except KeyError as e:
    print("KeyError", e)
try:
    c_error_in_thread(10, 4)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(c_error_in_thread(4, 10))
print(team(4), team_with_gil(4), shared_loop(1000), shared_loop_with_gil(50))
try:
    block_raises(2)
except IndexError as e:
    print("IndexError", e)
