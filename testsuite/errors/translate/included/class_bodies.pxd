cdef class A:
    cdef int test(self)
    def somefunc(self):
        pass
    def __getbuffer__(self, Py_buffer *info, int flags):
        pass
    cdef int compiled(self):
        return 1
    cdef inline int allowed(self):
        return 1
