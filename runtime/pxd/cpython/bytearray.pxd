# bytearray objects in CPython's C API.
cdef extern from "Python.h":
    bint PyByteArray_Check(object o)
    bint PyByteArray_CheckExact(object o)
    bytearray PyByteArray_FromObject(object o)
    bytearray PyByteArray_FromStringAndSize(const char *string, Py_ssize_t length)
    bytearray PyByteArray_Concat(object a, object b)
    Py_ssize_t PyByteArray_Size(object bytearray) except -1
    char *PyByteArray_AsString(object bytearray) except NULL
    int PyByteArray_Resize(object bytearray, Py_ssize_t length) except -1
    char *PyByteArray_AS_STRING(object bytearray)
    Py_ssize_t PyByteArray_GET_SIZE(object bytearray)
