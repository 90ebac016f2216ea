# <omp.h>: the OpenMP runtime library's routines (OpenMP 4.5, section 3) and
# its lock and schedule types. A module that cimports it is built with
# -fopenmp by `pyxc --build` (its prange loops run in parallel too).
cdef extern from "<omp.h>":
    ctypedef struct omp_lock_t:
        pass
    ctypedef struct omp_nest_lock_t:
        pass

    ctypedef enum omp_sched_t:
        omp_sched_static = 1
        omp_sched_dynamic = 2
        omp_sched_guided = 3
        omp_sched_auto = 4

    # Execution environment
    void omp_set_num_threads(int) nogil
    int omp_get_num_threads() nogil
    int omp_get_max_threads() nogil
    int omp_get_thread_num() nogil
    int omp_get_num_procs() nogil
    int omp_in_parallel() nogil
    void omp_set_dynamic(int) nogil
    int omp_get_dynamic() nogil
    void omp_set_nested(int) nogil
    int omp_get_nested() nogil
    void omp_set_schedule(omp_sched_t, int) nogil
    void omp_get_schedule(omp_sched_t *, int *) nogil
    int omp_get_thread_limit() nogil
    void omp_set_max_active_levels(int) nogil
    int omp_get_max_active_levels() nogil
    int omp_get_level() nogil
    int omp_get_ancestor_thread_num(int) nogil
    int omp_get_team_size(int) nogil
    int omp_get_active_level() nogil

    # Locks
    void omp_init_lock(omp_lock_t *) nogil
    void omp_destroy_lock(omp_lock_t *) nogil
    void omp_set_lock(omp_lock_t *) nogil
    void omp_unset_lock(omp_lock_t *) nogil
    int omp_test_lock(omp_lock_t *) nogil
    void omp_init_nest_lock(omp_nest_lock_t *) nogil
    void omp_destroy_nest_lock(omp_nest_lock_t *) nogil
    void omp_set_nest_lock(omp_nest_lock_t *) nogil
    void omp_unset_nest_lock(omp_nest_lock_t *) nogil
    int omp_test_nest_lock(omp_nest_lock_t *) nogil

    # Timing
    double omp_get_wtime() nogil
    double omp_get_wtick() nogil
