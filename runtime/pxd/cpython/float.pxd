# float objects in CPython's C API.
cdef extern from "Python.h":
    bint PyFloat_Check(object o)
    bint PyFloat_CheckExact(object o)
    object PyFloat_FromDouble(double v)
    object PyFloat_FromString(object s)
    double PyFloat_AsDouble(object o) except? -1.0
    double PyFloat_AS_DOUBLE(object o)
    double PyFloat_GetMax()
    double PyFloat_GetMin()
