cdef enum:
    BUFSIZE = 1024
