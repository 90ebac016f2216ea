# complex objects in CPython's C API.
cdef extern from "Python.h":
    ctypedef struct Py_complex:
        double real
        double imag

    bint PyComplex_Check(object o)
    bint PyComplex_CheckExact(object o)
    object PyComplex_FromCComplex(Py_complex v)
    object PyComplex_FromDoubles(double real, double imag)
    double PyComplex_RealAsDouble(object o) except? -1
    double PyComplex_ImagAsDouble(object o) except? -1
    Py_complex PyComplex_AsCComplex(object o)
