cdef extern from "Python.h":
    ctypedef class __builtin__.list [object PyListObject, check_size sometimes]:
        pass
