# The cpython and posix declaration libraries: C-API calls, borrowed
# PyObject* and <object> casts, structs from headers, stdint typedefs.
from cpython.object cimport PyObject
from cpython.list cimport PyList_New, PyList_GET_ITEM, PyList_Append
from cpython.long cimport PyLong_AsLong
from cpython cimport PyUnicode_FromString, PY_MAJOR_VERSION
from posix.unistd cimport getpid
from posix.time cimport timespec, clock_gettime, CLOCK_MONOTONIC
from libc.stdint cimport int64_t, uint8_t

def main():
    l = []
    PyList_Append(l, 5)
    PyList_Append(l, "x")
    cdef PyObject *item = PyList_GET_ITEM(l, 1)
    print(l, <object>item, PyLong_AsLong(7), PyUnicode_FromString(b"hi"), PY_MAJOR_VERSION)
    cdef timespec ts
    clock_gettime(CLOCK_MONOTONIC, &ts)
    print(ts.tv_sec > 0, getpid() > 0)
    cdef int64_t big = 2 ** 40
    cdef uint8_t small = 255
    small += 1
    print(big, small)
    try:
        PyLong_AsLong("no")
    except TypeError as e:
        print("TypeError", e)
main()
