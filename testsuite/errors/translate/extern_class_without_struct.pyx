# An extern block's class is the header's: pyxc needs its struct's name.
cdef extern from "spam.h":
    ctypedef class spam.Eggs:
        cdef int weight
