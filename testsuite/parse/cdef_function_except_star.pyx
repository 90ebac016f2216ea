cdef void log(int x) except *:
    pass
