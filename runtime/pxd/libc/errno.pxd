# <errno.h>: the error number of the last failing library call.
cdef extern from "<errno.h>" nogil:
    int errno
    const int EDOM
    const int ERANGE
    const int EILSEQ
    const int ENOENT
    const int EINTR
    const int EIO
    const int EBADF
    const int EAGAIN
    const int ENOMEM
    const int EACCES
    const int EEXIST
    const int ENOTDIR
    const int EISDIR
    const int EINVAL
    const int ENOSPC
    const int EPIPE
