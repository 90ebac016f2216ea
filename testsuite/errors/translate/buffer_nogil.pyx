# A buffer parameter is acquired when the function is entered, which needs
# the GIL: a nogil function may not have one (a memoryview it may).
cimport numpy as np

cdef void func(np.ndarray[np.double_t, ndim=1] myarray) nogil:
    pass

cdef double view_ok(double[:] values) noexcept nogil:
    return values[0]
