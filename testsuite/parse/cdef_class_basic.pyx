cdef class Counter:
    cdef int count
    def __init__(self):
        self.count = 0
    cpdef int inc(self):
        self.count += 1
        return self.count
