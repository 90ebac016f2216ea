# Thread locks and thread-specific storage in CPython's C API.
cdef extern from "pythread.h":
    ctypedef void *PyThread_type_lock
    ctypedef void *PyThread_type_sema  # Python 2's semaphores
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

cdef extern from "pythread.h":
    void PyThread_init_thread()
    # A new OS thread running func(arg) (the _thread module's way).
    long PyThread_start_new_thread(void (*func)(void *), void *arg)
    void PyThread_exit_thread()
    # The stack size of threads started from now on (0: the default).
    size_t PyThread_get_stacksize()
    int PyThread_set_stacksize(size_t size)

    # The old thread-specific storage API (deprecated: Py_tss_t above).
    int PyThread_create_key()
    void PyThread_delete_key(int key)
    int PyThread_set_key_value(int key, void *value)
    void *PyThread_get_key_value(int key)
    void PyThread_delete_key_value(int key)
    void PyThread_ReInitTLS()
