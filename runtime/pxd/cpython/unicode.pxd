# str objects in CPython's C API.
cdef extern from "Python.h":
    bint PyUnicode_Check(object o)
    bint PyUnicode_CheckExact(object o)
    str PyUnicode_FromString(const char *s)
    str PyUnicode_FromStringAndSize(const char *s, Py_ssize_t length)
    str PyUnicode_FromOrdinal(int ordinal)
    Py_ssize_t PyUnicode_GetLength(object o) except -1
    Py_ssize_t PyUnicode_GET_LENGTH(object o)
    Py_UCS4 PyUnicode_ReadChar(object o, Py_ssize_t index) except? -1
    const char *PyUnicode_AsUTF8(object o) except NULL
    bytes PyUnicode_AsUTF8String(object o)
    bytes PyUnicode_AsASCIIString(object o)
    bytes PyUnicode_AsEncodedString(object o, const char *encoding, const char *errors)
    str PyUnicode_Decode(const char *s, Py_ssize_t size, const char *encoding, const char *errors)
    str PyUnicode_DecodeUTF8(const char *s, Py_ssize_t size, const char *errors)
    str PyUnicode_Concat(object left, object right)
    str PyUnicode_Join(object separator, object seq)
    Py_ssize_t PyUnicode_Find(object s, object sub, Py_ssize_t start, Py_ssize_t end, int direction) except -2
    int PyUnicode_Compare(object left, object right) except? -1
    int PyUnicode_CompareWithASCIIString(object left, const char *right)
