cdef void callback(void *data) noexcept with gil:
    print('called')
