cdef class F(F):
    cdef int x
    def g(self):
        return self.x
