# Only parameters of Python types take `not None` / `or None`.
def eggs(int x not None, char* y not None, list ok not None, double z or None):
    pass

cdef class E:
    pass

# Not in C functions at all: their C callers pass anything.
cpdef f(E a not None):
    return a

cdef g(E a or None):
    return a
