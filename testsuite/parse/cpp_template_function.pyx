cdef extern from "algo.h":
    T maximum[T](T a, T b)
