# `except +nogil` reads as a C++ exception handler named nogil; Cython asks
# for `except + nogil` (the nogil modifier), which compiles.
cdef extern from *:
    cdef int attached() except +nogil
    cdef int spaced() except + nogil
