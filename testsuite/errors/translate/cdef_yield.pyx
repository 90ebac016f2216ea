cdef f():
    yield 1

cpdef g():
    x = yield
    return x
