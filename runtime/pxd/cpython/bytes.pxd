# bytes objects in CPython's C API.
from .object cimport PyObject
cdef extern from "Python.h":
    bint PyBytes_Check(object o)
    bint PyBytes_CheckExact(object o)
    bytes PyBytes_FromString(const char *s)
    bytes PyBytes_FromStringAndSize(const char *s, Py_ssize_t length)
    Py_ssize_t PyBytes_Size(object o) except -1
    Py_ssize_t PyBytes_GET_SIZE(object o)
    char *PyBytes_AsString(object o) except NULL
    char *PyBytes_AS_STRING(object o)

cdef extern from "Python.h":
    ctypedef struct va_list  # <stdarg.h>'s, for the V variants

    # Encoding and decoding through codecs (NULL errors: "strict").
    object PyBytes_Decode(char *s, Py_ssize_t size, char *encoding, char *errors)
    object PyBytes_Encode(char *s, Py_ssize_t size, char *encoding, char *errors)
    object PyBytes_AsDecodedObject(object b, char *encoding, char *errors)
    object PyBytes_AsEncodedObject(object b, char *encoding, char *errors)
    # The buffer and length at once (embedded NUL bytes allowed when
    # length is given).
    int PyBytes_AsStringAndSize(object obj, char **buffer, Py_ssize_t *length) except -1
    # *bytes += newpart: *bytes becomes a new object (NULL on error);
    # ConcatAndDel also releases newpart.
    void PyBytes_Concat(PyObject **bytes, object newpart)
    void PyBytes_ConcatAndDel(PyObject **bytes, object newpart)
    # b"..." % args, and printf-style construction.
    bytes PyBytes_Format(object format, object args)
    bytes PyBytes_FromFormat(char *format, ...)
    bytes PyBytes_FromFormatV(char *format, va_list vargs)
    # bytes(o) for an object supporting the buffer protocol.
    bytes PyBytes_FromObject(object o)
    # Interned bytes (Python 2's; Python 3 interns str).
    bytes PyBytes_InternFromString(char *v)
    void PyBytes_InternInPlace(PyObject **bytes)
    # Resizes a bytes object nobody else has seen yet (may move it).
    int _PyBytes_Resize(PyObject **bytes, Py_ssize_t size) except -1
