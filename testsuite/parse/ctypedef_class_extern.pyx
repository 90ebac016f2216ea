cdef extern from "numpy/arrayobject.h":
    ctypedef class numpy.dtype [object PyArray_Descr, check_size ignore]:
        pass
