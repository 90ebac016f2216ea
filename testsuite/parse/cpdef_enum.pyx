cpdef enum Mode:
    READ
    WRITE
