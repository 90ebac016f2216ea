cdef:
    int a
    double b = 2.0
    char *s
