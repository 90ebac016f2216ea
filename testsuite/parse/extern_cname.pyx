cdef extern from "x.h":
    int c_open "open"(const char *path, int flags)
