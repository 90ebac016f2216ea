# <sys/time.h> and POSIX <time.h>: clocks, timers and sleeping.
from posix.types cimport clockid_t, suseconds_t, time_t

cdef extern from "<sys/time.h>" nogil:
    cdef struct timeval:
        time_t tv_sec
        suseconds_t tv_usec
    cdef struct itimerval:
        timeval it_interval
        timeval it_value
    const int ITIMER_REAL
    const int ITIMER_VIRTUAL
    const int ITIMER_PROF
    int gettimeofday(timeval *tp, void *tzp)
    int getitimer(int which, itimerval *value)
    int setitimer(int which, const itimerval *value, itimerval *old)

from libc.time cimport timespec  # one struct for both headers' functions

cdef extern from "<time.h>" nogil:
    const clockid_t CLOCK_REALTIME
    const clockid_t CLOCK_MONOTONIC
    const clockid_t CLOCK_PROCESS_CPUTIME_ID
    const clockid_t CLOCK_THREAD_CPUTIME_ID
    int clock_getres(clockid_t clock, timespec *res)
    int clock_gettime(clockid_t clock, timespec *tp)
    int nanosleep(const timespec *request, timespec *remaining)
    void tzset()
