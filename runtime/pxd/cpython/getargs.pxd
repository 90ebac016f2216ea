# Argument parsing in CPython's C API (variadic: the C types of the
# trailing pointers follow the format string).
cdef extern from "Python.h":
    int PyArg_ParseTuple(object args, const char *format, ...) except 0
    int PyArg_ParseTupleAndKeywords(object args, object kw, const char *format, char *keywords[], ...) except 0
    int PyArg_UnpackTuple(object args, const char *name, Py_ssize_t min, Py_ssize_t max, ...) except 0

cdef extern from "Python.h":
    ctypedef struct va_list
    # One argument (not a tuple) by a format; the va_list variants.
    int PyArg_Parse(object args, char *format, ...) except 0
    int PyArg_VaParse(object args, char *format, va_list vargs) except 0
    int PyArg_VaParseTupleAndKeywords(object args, object kw, char *format, char *keywords[],
                                      va_list vargs) except 0
