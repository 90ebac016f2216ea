cdef extern from "v.h":
    cppclass V:
        V operator+(V)
        V& operator=(V&)
        V operator++()
        bint operator!=(V)
        int operator()(int)
