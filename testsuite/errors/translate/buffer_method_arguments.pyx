# The buffer protocol's special methods take the view (and the flags).
cdef class A:
    def __getbuffer__(self, buffer, int flags):
        pass
    def __releasebuffer__(self, Py_buffer *b, int x):
        pass
