cdef extern from "stdio.h" nogil:
    int printf(const char *fmt, ...)
