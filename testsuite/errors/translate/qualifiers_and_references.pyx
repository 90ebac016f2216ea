cdef extern from *:
    const const int a
    volatile const volatile int b
