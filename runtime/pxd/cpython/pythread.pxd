# Thread locks and thread-specific storage in CPython's C API.
cdef extern from "pythread.h":
    ctypedef void *PyThread_type_lock
    ctypedef struct Py_tss_t:
        pass

    unsigned long PyThread_get_thread_ident()
    PyThread_type_lock PyThread_allocate_lock()
    void PyThread_free_lock(PyThread_type_lock lock)
    # waitflag: WAIT_LOCK or NOWAIT_LOCK; 1 when acquired.
    int PyThread_acquire_lock(PyThread_type_lock lock, int waitflag) nogil
    void PyThread_release_lock(PyThread_type_lock lock) nogil
    enum:
        WAIT_LOCK
        NOWAIT_LOCK
    ctypedef enum PyLockStatus:
        PY_LOCK_FAILURE = 0
        PY_LOCK_ACQUIRED = 1
        PY_LOCK_INTR
    PyLockStatus PyThread_acquire_lock_timed(PyThread_type_lock lock, long long microseconds, int intr_flag) nogil

    Py_tss_t *PyThread_tss_alloc()
    void PyThread_tss_free(Py_tss_t *key)
    bint PyThread_tss_is_created(Py_tss_t *key)
    int PyThread_tss_create(Py_tss_t *key)
    void PyThread_tss_delete(Py_tss_t *key)
    int PyThread_tss_set(Py_tss_t *key, void *value)
    void *PyThread_tss_get(Py_tss_t *key)
