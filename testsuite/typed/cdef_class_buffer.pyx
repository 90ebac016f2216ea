# The buffer protocol in cdef classes: __getbuffer__ and __releasebuffer__
# fill the type's buffer slots (memoryview, bytes(), NumPy read them).
from cpython.buffer cimport PyBUF_FORMAT, PyBUF_ND, PyBUF_STRIDES, PyBUF_WRITABLE

cdef class Doubles:
    cdef double data[4]
    cdef Py_ssize_t shape[1]
    cdef Py_ssize_t strides[1]
    cdef public int exports

    def __cinit__(self):
        for i in range(4):
            self.data[i] = i * 1.5
        self.shape[0] = 4
        self.strides[0] = sizeof(double)

    def __getbuffer__(self, Py_buffer *buffer, int flags):
        buffer.buf = <char *>self.data
        buffer.format = NULL
        if flags & PyBUF_FORMAT:
            buffer.format = b'd'
        buffer.internal = NULL
        buffer.itemsize = sizeof(double)
        buffer.len = 4 * sizeof(double)
        buffer.ndim = 1
        buffer.obj = self
        buffer.readonly = 0
        buffer.shape = self.shape if flags & PyBUF_ND else NULL
        buffer.strides = self.strides if flags & PyBUF_STRIDES else NULL
        buffer.suboffsets = NULL
        self.exports += 1

    def __releasebuffer__(self, Py_buffer *buffer):
        self.exports -= 1

cdef class Scaled(Doubles):
    # inherits the slots
    pass

cdef class Refuses:
    def __getbuffer__(self, Py_buffer *buffer, int flags):
        raise BufferError("no buffer here")

def run():
    d = Doubles()
    m = memoryview(d)
    print(m.format, m.shape, m.tolist(), d.exports)
    m[1] = 9.0
    m.release()
    print(d.exports, memoryview(d).tolist())
    print(bytes(d)[:8])
    s = Scaled()
    with memoryview(s) as view:
        print(view.tolist(), s.exports, view.obj is s)
    print(s.exports)
    try:
        memoryview(Refuses())
    except BufferError as e:
        print("BufferError", e)
run()
