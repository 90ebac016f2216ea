class Py:
    pass
cdef class D(Py):
    pass
