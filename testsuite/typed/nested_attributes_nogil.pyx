# `c._a.b` where `c._a` is a cdef class attribute: the C attribute of the
# inner instance is read and written where it lives, also without the GIL.
cdef class A:
    cdef int b

cdef class C:
    cdef A _a
    def __init__(self, a):
        self._a = a

cdef void set_b(C c) noexcept nogil:
    c._a.b |= 1
    c._a.b = c._a.b << 2

cdef int get_b(C c) except -1 nogil:
    return c._a.b + 10

def run(C c):
    set_b(c)
    return get_b(c), c._a.b

print(run(C(A())))
