cdef extern from "datetime.h":
    ctypedef struct PyDateTime_Date:
        pass
    ctypedef class datetime.date[object PyDateTime_Date]:
        @property
        cdef int year(self)
