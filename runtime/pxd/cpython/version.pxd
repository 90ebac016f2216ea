# The version of the CPython headers being compiled against.
cdef extern from "Python.h":
    const int PY_MAJOR_VERSION
    const int PY_MINOR_VERSION
    const int PY_MICRO_VERSION
    const int PY_RELEASE_LEVEL
    const int PY_RELEASE_SERIAL
    const unsigned long PY_VERSION_HEX
    const char PY_VERSION[]
