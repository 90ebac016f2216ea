cdef union Value:
    int i
    double d
    char *s
