# <fcntl.h>: opening files and controlling descriptors.
from posix.types cimport mode_t

cdef extern from "<fcntl.h>" nogil:
    const int O_RDONLY
    const int O_WRONLY
    const int O_RDWR
    const int O_APPEND
    const int O_CREAT
    const int O_EXCL
    const int O_TRUNC
    const int O_NONBLOCK
    const int O_CLOEXEC
    const int F_GETFD
    const int F_SETFD
    const int F_GETFL
    const int F_SETFL
    const int FD_CLOEXEC
    int open(const char *path, int flags, ...)
    int creat(const char *path, mode_t mode)
    int fcntl(int fd, int command, ...)
