cimport cython

@cython.total_ordering
cdef class OnlyEq:
    def __eq__(self, other):
        return True

# __ne__ is an equality method too, and a base's methods count.
@cython.total_ordering
cdef class NeAndLt(OnlyEq):
    def __lt__(self, other):
        return False

# (An error, so that the file fails: the warnings above alone do not.)
x = undeclared_name
