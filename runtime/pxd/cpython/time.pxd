# The time module's clocks for C code: seconds (double) or nanoseconds
# (int64) from the clocks time.time(), time.monotonic() and
# time.perf_counter() read, without a Python call; and localtime().
# The clocks are read with clock_gettime (CLOCK_REALTIME for time(),
# CLOCK_MONOTONIC for the others, as CPython reads them on POSIX systems).
from libc.stdint cimport int64_t
from libc.time cimport tm, time_t, localtime as libc_localtime
from cpython.exc cimport PyErr_SetFromErrno

cdef extern from *:
    """
    #include <time.h>
    // A clock in nanoseconds (0 if the clock cannot be read, as CPython's
    // *Raw functions never fail).
    static inline int64_t pyxc_clock_ns(clockid_t clock) {
      struct timespec ts;
      if (clock_gettime(clock, &ts) != 0)
        return 0;
      return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
    }
    static inline int64_t pyxc_PyTime_TimeRaw(void) { return pyxc_clock_ns(CLOCK_REALTIME); }
    static inline int64_t pyxc_PyTime_MonotonicRaw(void) { return pyxc_clock_ns(CLOCK_MONOTONIC); }
    static inline int64_t pyxc_PyTime_PerfCounterRaw(void) { return pyxc_clock_ns(CLOCK_MONOTONIC); }
    static inline double pyxc_PyTime_AsSecondsDouble(int64_t ns) {
      // whole seconds and the rest apart: exact for any int64 of nanoseconds
      int64_t seconds = ns / 1000000000, rest = ns % 1000000000;
      return (double)seconds + (double)rest * 1e-9;
    }
    """
    # Nanoseconds (CPython 3.13's PyTime_t).
    ctypedef int64_t PyTime_t "int64_t"
    ctypedef PyTime_t _PyTime_t "int64_t"
    PyTime_t PyTime_TimeRaw "pyxc_PyTime_TimeRaw" () noexcept nogil
    PyTime_t PyTime_TimeUnchecked "pyxc_PyTime_TimeRaw" () noexcept nogil
    PyTime_t PyTime_MonotonicRaw "pyxc_PyTime_MonotonicRaw" () noexcept nogil
    PyTime_t PyTime_PerfCounterRaw "pyxc_PyTime_PerfCounterRaw" () noexcept nogil
    double PyTime_AsSecondsDouble "pyxc_PyTime_AsSecondsDouble" (PyTime_t t) noexcept nogil


# time.time(), time.time_ns()
cdef inline double time() noexcept nogil:
    return PyTime_AsSecondsDouble(PyTime_TimeRaw())

cdef inline int64_t time_ns() noexcept nogil:
    return <int64_t>PyTime_TimeRaw()

# time.perf_counter(), time.perf_counter_ns()
cdef inline double perf_counter() noexcept nogil:
    return PyTime_AsSecondsDouble(PyTime_PerfCounterRaw())

cdef inline int64_t perf_counter_ns() noexcept nogil:
    return <int64_t>PyTime_PerfCounterRaw()

# time.monotonic(), time.monotonic_ns()
cdef inline double monotonic() noexcept nogil:
    return PyTime_AsSecondsDouble(PyTime_MonotonicRaw())

cdef inline int64_t monotonic_ns() noexcept nogil:
    return <int64_t>PyTime_MonotonicRaw()

cdef inline int _raise_from_errno() except -1 with gil:
    PyErr_SetFromErrno(RuntimeError)
    return -1

# time.localtime() as a C struct: tm_year is the year itself (not counted
# from 1900), tm_mon 1 to 12, tm_wday 0 for Monday, tm_yday from 1, as the
# Python function's fields count them.
cdef inline tm localtime() except * nogil:
    cdef time_t now = <time_t>time()
    cdef tm *result = libc_localtime(&now)
    if result is NULL:
        _raise_from_errno()
    result.tm_year += 1900
    result.tm_mon += 1
    result.tm_wday = <int>((result.tm_wday + 6) % 7)
    result.tm_yday += 1
    return result[0]
