cdef double square(double x) noexcept nogil:
    return x * x
