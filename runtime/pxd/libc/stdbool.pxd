# <stdbool.h> (C99): `bool`, the C type whose values are 0 and 1 (Cython's
# bint: Python's True and False when converted).
cdef extern from "<stdbool.h>":
    ctypedef bint bool
