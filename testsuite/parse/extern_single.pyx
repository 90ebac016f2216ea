cdef extern int errno
