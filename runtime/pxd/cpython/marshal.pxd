# The marshal format in CPython's C API (marshal.h, which Python.h leaves
# out): values written and read in the form .pyc files store code in.
from libc.stdio cimport FILE

cdef extern from "marshal.h":
    const int Py_MARSHAL_VERSION  # the format's current version

    void PyMarshal_WriteLongToFile(long value, FILE *file, int version)
    void PyMarshal_WriteObjectToFile(object value, FILE *file, int version)
    bytes PyMarshal_WriteObjectToString(object value, int version)

    # Read errors are set as exceptions (EOFError, ValueError, ...).
    long PyMarshal_ReadLongFromFile(FILE *file) except? -1
    int PyMarshal_ReadShortFromFile(FILE *file) except? -1
    object PyMarshal_ReadObjectFromFile(FILE *file)
    # Reads the rest of the file at once (the file should hold one value).
    object PyMarshal_ReadLastObjectFromFile(FILE *file)
    object PyMarshal_ReadObjectFromString(const char *data, Py_ssize_t len)
