cdef enum Flags: A = 1, B = 2, C = 4
