cdef int (*op)(int, int)
cdef void (*callbacks[4])(void *) noexcept
