# Cython refuses casts between objects and pointers to primitive types
# (tests/errors/e_cast_from_obj, ticket 313): only char pointers convert,
# and void and struct pointers stand for the object itself.
a = 3

cdef void *allowed = <void *>a
cdef double *disallowed = <double *>a

cdef int value = 1
obj = <object>&value
