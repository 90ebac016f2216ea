# CPython's portability definitions (pyport.h): the range of Py_ssize_t.
cdef extern from "Python.h":
    const Py_ssize_t PY_SSIZE_T_MIN
    const Py_ssize_t PY_SSIZE_T_MAX
