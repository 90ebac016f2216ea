# <threads.h>: C11 threads, mutexes, condition variables, call_once and
# thread-specific storage (ISO C 7.26), plus pyxc's GIL-aware helpers.
#
# Blocking in a C call while holding the GIL deadlocks as soon as the
# thread that would wake this one needs the GIL: the py_safe_* helpers
# (as Cython's libc.threads has them) release the GIL while they wait,
# and work called with or without it.
from libc.time cimport timespec

cdef extern from "<threads.h>" nogil:
    ctypedef void (*_once_func_type)() noexcept nogil

    # Threads. A new thread has no Python thread state: its function is
    # nogil, and noexcept since no Python exception can leave it.
    ctypedef struct thrd_t:
        pass
    ctypedef int (*thrd_start_t)(void *) noexcept nogil
    int thrd_create(thrd_t *thr, thrd_start_t func, void *arg)
    int thrd_equal(thrd_t a, thrd_t b)
    thrd_t thrd_current()
    int thrd_sleep(const timespec *duration, timespec *remaining)
    void thrd_yield()
    void thrd_exit(int res)
    int thrd_detach(thrd_t thr)
    int thrd_join(thrd_t thr, int *res)
    enum:
        thrd_success
        thrd_nomem
        thrd_timedout
        thrd_busy
        thrd_error

    # Mutexes (py_safe_mtx_lock below takes one without blocking the GIL).
    ctypedef struct mtx_t:
        pass
    int mtx_init(mtx_t *mtx, int type)
    int mtx_lock(mtx_t *mtx)
    int mtx_timedlock(mtx_t *mtx, const timespec *time_point)
    int mtx_timed_lock "mtx_timedlock"(mtx_t *mtx, const timespec *time_point)
    int mtx_trylock(mtx_t *mtx)
    int mtx_unlock(mtx_t *mtx)
    void mtx_destroy(mtx_t *mtx)
    enum:
        mtx_plain
        mtx_recursive
        mtx_timed

    # call_once: ONCE_FLAG_INIT may be an aggregate initialiser that C++
    # cannot assign, so once_flag_init sets a flag at run time.
    ctypedef struct once_flag:
        pass
    once_flag ONCE_FLAG_INIT
    void call_once(once_flag *flag, _once_func_type func) noexcept

    # Condition variables.
    ctypedef struct cnd_t:
        pass
    int cnd_init(cnd_t *cond)
    int cnd_signal(cnd_t *cond)
    int cnd_broadcast(cnd_t *cond)
    int cnd_wait(cnd_t *cond, mtx_t *mtx)
    int cnd_timedwait(cnd_t *cond, mtx_t *mtx, const timespec *time_point)
    void cnd_destroy(cnd_t *cond)

    # Thread-specific storage.
    ctypedef struct tss_t:
        pass
    enum:
        TSS_DTOR_ITERATIONS
    ctypedef void (*tss_dtor_t)(void *) noexcept nogil
    int tss_create(tss_t *key, tss_dtor_t destructor)
    void *tss_get(tss_t key)
    int tss_set(tss_t key, void *value)
    void tss_delete(tss_t key)

cdef extern from *:
    """
    #include <string.h>
    #include <threads.h>

    // A flag set to ONCE_FLAG_INIT at run time.
    static inline void pyxc_once_flag_init(once_flag *flag) {
      once_flag fresh = ONCE_FLAG_INIT;
      memcpy(flag, &fresh, sizeof fresh);
    }

    // Whether this thread holds the GIL (a thread C11 made has no thread state).
    static inline int pyxc_threads_hold_gil(void) { return PyGILState_Check(); }

    // Takes the mutex; while it waits, the GIL (if held) is free for others.
    static inline int pyxc_py_safe_mtx_lock(mtx_t *mtx) {
      int result = mtx_trylock(mtx);
      if (result != thrd_busy || !pyxc_threads_hold_gil())
        return result == thrd_busy ? mtx_lock(mtx) : result;
      PyThreadState *saved = PyEval_SaveThread();
      result = mtx_lock(mtx);
      PyEval_RestoreThread(saved);
      return result;
    }

    // Waits on the condition without the GIL. Woken, the mutex is given up
    // before the GIL is taken back, then taken again as py_safe_mtx_lock
    // takes it: no thread ever holds the mutex while it waits for the GIL.
    static inline int pyxc_py_safe_cnd_timedwait(cnd_t *cond, mtx_t *mtx, const struct timespec *until) {
      if (!pyxc_threads_hold_gil())
        return until ? cnd_timedwait(cond, mtx, until) : cnd_wait(cond, mtx);
      PyThreadState *saved = PyEval_SaveThread();
      int result = until ? cnd_timedwait(cond, mtx, until) : cnd_wait(cond, mtx);
      int relocked = mtx_unlock(mtx);
      PyEval_RestoreThread(saved);
      if (relocked == thrd_success)
        relocked = pyxc_py_safe_mtx_lock(mtx);
      return relocked == thrd_success ? result : relocked;
    }

    static inline int pyxc_py_safe_cnd_wait(cnd_t *cond, mtx_t *mtx) {
      return pyxc_py_safe_cnd_timedwait(cond, mtx, NULL);
    }

    // call_once without holding the GIL while another thread runs `func`.
    static inline void pyxc_py_safe_call_once(once_flag *flag, void (*func)(void)) {
      if (!pyxc_threads_hold_gil()) {
        call_once(flag, func);
        return;
      }
      PyThreadState *saved = PyEval_SaveThread();
      call_once(flag, func);
      PyEval_RestoreThread(saved);
    }
    """
    void once_flag_init "pyxc_once_flag_init"(once_flag *flag) nogil
    ctypedef struct py_safe_once_flag "once_flag":
        pass
    py_safe_once_flag PY_SAFE_ONCE_FLAG_INIT "ONCE_FLAG_INIT"
    void py_safe_once_flag_init "pyxc_once_flag_init"(py_safe_once_flag *flag) nogil
    int py_safe_mtx_lock "pyxc_py_safe_mtx_lock"(mtx_t *mtx) nogil
    int py_safe_cnd_wait "pyxc_py_safe_cnd_wait"(cnd_t *cond, mtx_t *mtx) nogil
    int py_safe_cnd_timedwait "pyxc_py_safe_cnd_timedwait"(cnd_t *cond, mtx_t *mtx, const timespec *until) nogil
    void py_safe_call_once "pyxc_py_safe_call_once"(py_safe_once_flag *flag, _once_func_type func) nogil
