# int objects in CPython's C API.
cdef extern from "Python.h":
    bint PyLong_Check(object o)
    bint PyLong_CheckExact(object o)
    object PyLong_FromLong(long v)
    object PyLong_FromUnsignedLong(unsigned long v)
    object PyLong_FromSsize_t(Py_ssize_t v)
    object PyLong_FromSize_t(size_t v)
    object PyLong_FromLongLong(long long v)
    object PyLong_FromUnsignedLongLong(unsigned long long v)
    object PyLong_FromDouble(double v)
    object PyLong_FromString(const char *s, char **end, int base)
    long PyLong_AsLong(object o) except? -1
    long PyLong_AsLongAndOverflow(object o, int *overflow) except? -1
    long long PyLong_AsLongLong(object o) except? -1
    unsigned long PyLong_AsUnsignedLong(object o) except? -1
    Py_ssize_t PyLong_AsSsize_t(object o) except? -1
    size_t PyLong_AsSize_t(object o) except? -1
    double PyLong_AsDouble(object o) except? -1.0
