# <sys/resource.h>: resource limits and usage.
from posix.time cimport timeval
from posix.types cimport id_t

cdef extern from "<sys/resource.h>" nogil:
    ctypedef unsigned long rlim_t
    cdef struct rlimit:
        rlim_t rlim_cur
        rlim_t rlim_max
    cdef struct rusage:
        timeval ru_utime
        timeval ru_stime
        long ru_maxrss
        long ru_minflt
        long ru_majflt
        long ru_nvcsw
        long ru_nivcsw
    const int PRIO_PROCESS
    const int PRIO_PGRP
    const int PRIO_USER
    const rlim_t RLIM_INFINITY
    const int RLIMIT_CORE
    const int RLIMIT_CPU
    const int RLIMIT_DATA
    const int RLIMIT_FSIZE
    const int RLIMIT_NOFILE
    const int RLIMIT_STACK
    const int RLIMIT_AS
    const int RUSAGE_SELF
    const int RUSAGE_CHILDREN
    int getpriority(int which, id_t who)
    int setpriority(int which, id_t who, int priority)
    int getrlimit(int resource, rlimit *limits)
    int setrlimit(int resource, const rlimit *limits)
    int getrusage(int who, rusage *usage)
