# Cython's checks of declarations: cpdef is for functions, `not None` with a
# default of None contradicts itself, empty structs, unions and enums need
# an extern block.
cpdef int counter = 0

cdef class C:
    cpdef float value

    def method(self):
        cpdef int local = 1

def f(C x not None = None, *, C y not None = None):
    pass

cdef struct empty_struct:
    pass

cdef enum empty_enum:
    pass

cdef extern from *:
    cdef struct opaque_is_fine:
        pass
