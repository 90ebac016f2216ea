cdef int parse(char *s) except -1:
    return 0
