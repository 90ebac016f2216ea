# <time.h>: calendar time, processor time and their conversions (C11,
# with the POSIX additions Cython declares: the _r variants, strptime,
# getdate, the timezone globals).
from libc.stddef cimport wchar_t

cdef extern from "<time.h>" nogil:
    ctypedef long time_t
    ctypedef long clock_t
    const clock_t CLOCKS_PER_SEC

    # Seconds and nanoseconds (timespec_get, POSIX clock_gettime).
    struct timespec:
        time_t tv_sec
        long tv_nsec
    enum: TIME_UTC

    cdef struct tm:
        int tm_sec
        int tm_min
        int tm_hour
        int tm_mday
        int tm_mon
        int tm_year
        int tm_wday
        int tm_yday
        int tm_isdst

    void tzset()
    clock_t clock()
    time_t time(time_t *t)
    double difftime(time_t end, time_t start)
    time_t mktime(tm *t)
    char *ctime(const time_t *t)
    tm *gmtime(const time_t *t)
    tm *localtime(const time_t *t)
    size_t strftime(char *s, size_t max, const char *format, const tm *t)
    size_t wcsftime(wchar_t *s, size_t max, const wchar_t *format, tm *t)
    char *asctime(const tm *t)
    char *asctime_r(const tm *t, char *buf)
    char *ctime_r(const time_t *t, char *buf)
    tm *gmtime_r(const time_t *t, tm *result)
    tm *localtime_r(const time_t *t, tm *result)
    tm *getdate(const char *s)
    char *strptime(const char *s, const char *format, tm *t)
    int timespec_get(timespec *ts, int base)

    # What tzset() read from TZ: daylight saving in use, seconds west of
    # UTC, and the standard and daylight zone names.
    int daylight
    long timezone
    char *tzname[2]
