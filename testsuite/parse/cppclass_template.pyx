cdef extern from "pair.h":
    cppclass Pair[A, B=*]:
        A first
        B second
        Pair(A, B)
        bint operator==(Pair&)
