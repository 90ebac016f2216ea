# The buffer protocol in CPython's C API: requesting a view of an object's
# memory (Py_buffer), the request flags, and the helpers around views.

cdef extern from "Python.h":
    cdef enum:
        PyBUF_MAX_NDIM            # the most dimensions a view may have

    # What a consumer asks of the view (PyObject_GetBuffer's flags).
    cdef enum:
        PyBUF_SIMPLE,
        PyBUF_WRITABLE,
        PyBUF_WRITEABLE,          # the old spelling
        PyBUF_FORMAT,
        PyBUF_ND,
        PyBUF_STRIDES,
        PyBUF_C_CONTIGUOUS,
        PyBUF_F_CONTIGUOUS,
        PyBUF_ANY_CONTIGUOUS,
        PyBUF_INDIRECT,
        PyBUF_CONTIG,
        PyBUF_CONTIG_RO,
        PyBUF_STRIDED,
        PyBUF_STRIDED_RO,
        PyBUF_RECORDS,
        PyBUF_RECORDS_RO,
        PyBUF_FULL,
        PyBUF_FULL_RO,
        PyBUF_READ,
        PyBUF_WRITE,
        PyBUF_SHADOW

    bint PyObject_CheckBuffer(object obj)
    # Fills `view` (released with PyBuffer_Release) or raises BufferError.
    int PyObject_GetBuffer(object obj, Py_buffer *view, int flags) except -1
    void PyBuffer_Release(Py_buffer *view)
    # The address of the item at `indices` (one per dimension).
    void* PyBuffer_GetPointer(Py_buffer *view, Py_ssize_t *indices)
    # The item size a struct-module format string implies.
    Py_ssize_t PyBuffer_SizeFromFormat(char *format)
    # Copies between a view and contiguous memory, in C ('C'), Fortran ('F')
    # or either ('A') order.
    int PyBuffer_ToContiguous(void *buf, Py_buffer *view, Py_ssize_t len, char order)
    int PyBuffer_FromContiguous(Py_buffer *view, void *buf, Py_ssize_t len, char order)
    int PyObject_CopyToObject(object obj, void *buf, Py_ssize_t len, char order) except -1
    int PyObject_CopyData(object dest, object src) except -1
    bint PyBuffer_IsContiguous(Py_buffer *view, char order)
    # The strides of a contiguous array of the given shape and item size.
    void PyBuffer_FillContiguousStrides(int ndims, Py_ssize_t *shape, Py_ssize_t *strides,
                                        Py_ssize_t itemsize, char order)
    # For exporters: a one-dimensional view of `len` bytes at `buf`.
    int PyBuffer_FillInfo(Py_buffer *view, object exporter, void *buf, Py_ssize_t len,
                          int readonly, int flags) except -1

    # format(obj, format_spec)
    object PyObject_Format(object obj, object format_spec)
