cdef packed struct Header:
    char magic
    int length
