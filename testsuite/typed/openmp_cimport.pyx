# distutils: extra_compile_args=-fopenmp
# distutils: extra_link_args=-fopenmp
# `cimport openmp`: OpenMP's routines and locks; threadid() in a parallel
# prange is the OpenMP thread's number.
cimport openmp
from cython.parallel cimport prange, threadid


def threads_seen(int n):
    cdef int i
    cdef int seen = 0
    for i in prange(n, nogil=True, schedule='static', num_threads=2):
        seen |= 1 << threadid()
    return seen


def locked_count(int n):
    cdef openmp.omp_lock_t lock
    cdef int i, count = 0
    openmp.omp_init_lock(&lock)
    openmp.omp_set_lock(&lock)
    count += 1
    openmp.omp_unset_lock(&lock)
    cdef int free = openmp.omp_test_lock(&lock)
    if free:
        openmp.omp_unset_lock(&lock)
    openmp.omp_destroy_lock(&lock)
    return count, free


print(threads_seen(100), threads_seen(1))
print(locked_count(3))
print(openmp.omp_get_max_threads() >= 1, openmp.omp_in_parallel(), openmp.omp_get_thread_num())
print(openmp.omp_get_wtime() > 0, openmp.omp_sched_dynamic)
