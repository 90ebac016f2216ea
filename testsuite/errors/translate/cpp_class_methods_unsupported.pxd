cdef extern cppclass Declared:
    int value
    int get()
