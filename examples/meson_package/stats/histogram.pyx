from libc.math cimport floor

from stats.common cimport MAX_BINS, real_t


cdef class Histogram:
    cdef readonly double lo, hi
    cdef readonly list counts

    def __init__(self, double lo, double hi, int bins):
        if not 0 < bins <= MAX_BINS or hi <= lo:
            raise ValueError("need 0 < bins <= %d and hi > lo" % MAX_BINS)
        self.lo = lo
        self.hi = hi
        self.counts = [0] * bins

    cpdef add(self, real_t x):
        cdef Py_ssize_t bins = len(self.counts)
        cdef Py_ssize_t i = <Py_ssize_t>floor((x - self.lo) / (self.hi - self.lo) * bins)
        if 0 <= i < bins:
            self.counts[i] += 1

    def extend(self, values):
        for v in values:
            self.add(v)
        return self
