# CPython's portability definitions (pyport.h): the range of Py_ssize_t,
# and the fixed-width integers (as Cython's declarations give them here).
from libc.stdint cimport int32_t, int64_t, uint32_t, uint64_t

cdef extern from "Python.h":
    const Py_ssize_t PY_SSIZE_T_MIN
    const Py_ssize_t PY_SSIZE_T_MAX
