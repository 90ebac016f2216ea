ctypedef int (*cmp_func)(const void *, const void *) noexcept nogil
