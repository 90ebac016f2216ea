from stats.common cimport real_t


def mean(values):
    cdef real_t total = 0.0
    cdef Py_ssize_t n = 0
    for v in values:
        total += v
        n += 1
    if n == 0:
        raise ValueError("mean of no values")
    return total / n


def variance(values):
    cdef real_t m = mean(values), total = 0.0, d
    cdef Py_ssize_t n = 0
    for v in values:
        d = v - m
        total += d * d
        n += 1
    return total / n
