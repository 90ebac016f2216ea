# memoryview objects in CPython's C API.
from .object cimport PyObject

cdef extern from "Python.h":
    # A memoryview of any object that supports the buffer protocol.
    memoryview PyMemoryView_FromObject(object obj)
    # A view of `size` bytes at `mem`; flags: PyBUF_READ or PyBUF_WRITE.
    memoryview PyMemoryView_FromMemory(char *mem, Py_ssize_t size, int flags)
    # A view of an exporter's buffer (the memoryview does not release it).
    memoryview PyMemoryView_FromBuffer(Py_buffer *view)
    # A contiguous view of obj, copied when obj's memory is not contiguous
    # in `order` ('C', 'F' or 'A'); buffertype: PyBUF_READ or PyBUF_WRITE.
    memoryview PyMemoryView_GetContiguous(object obj, int buffertype, char order)
    bint PyMemoryView_Check(object obj)
    # The view's buffer, and the object it views (borrowed; no checks).
    Py_buffer *PyMemoryView_GET_BUFFER(object mview)
    PyObject *PyMemoryView_GET_BASE(object mview)
