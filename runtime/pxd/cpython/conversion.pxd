# String conversion and formatting in CPython's C API.
from .object cimport PyObject

cdef extern from "Python.h":
    int PyOS_snprintf(char *str, size_t size, const char *format, ...)
    double PyOS_string_to_double(const char *s, char **endptr, PyObject *overflow_exception) except? -1.0
    char *PyOS_double_to_string(double val, char format_code, int precision, int flags, int *ptype) except NULL
    int PyOS_stricmp(const char *s1, const char *s2)
    int PyOS_strnicmp(const char *s1, const char *s2, Py_ssize_t size)

    # flags of PyOS_double_to_string(), and the types it reports
    enum:
        Py_DTSF_SIGN
        Py_DTSF_ADD_DOT_0
        Py_DTSF_ALT
        Py_DTST_FINITE
        Py_DTST_INFINITE
        Py_DTST_NAN

cdef extern from "Python.h":
    ctypedef struct va_list
    int PyOS_vsnprintf(char *str, size_t size, const char *format, va_list va)
