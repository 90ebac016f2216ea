cdef volatile int flag
cdef void f(int * restrict a) noexcept:
    pass
