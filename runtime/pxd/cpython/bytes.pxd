# bytes objects in CPython's C API.
cdef extern from "Python.h":
    bint PyBytes_Check(object o)
    bint PyBytes_CheckExact(object o)
    bytes PyBytes_FromString(const char *s)
    bytes PyBytes_FromStringAndSize(const char *s, Py_ssize_t length)
    Py_ssize_t PyBytes_Size(object o) except -1
    Py_ssize_t PyBytes_GET_SIZE(object o)
    char *PyBytes_AsString(object o) except NULL
    char *PyBytes_AS_STRING(object o)
