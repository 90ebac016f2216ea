# <time.h>: calendar time, processor time and their conversions.
cdef extern from "<time.h>" nogil:
    ctypedef long time_t
    ctypedef long clock_t
    const clock_t CLOCKS_PER_SEC

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
