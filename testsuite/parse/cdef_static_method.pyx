cdef extern from "f.h":
    cppclass Factory:
        @staticmethod
        Factory* create(int kind)
