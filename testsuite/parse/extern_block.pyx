cdef extern from "math.h":
    double sin(double x)
    double M_PI
