# <stddef.h>: the types of pointer differences, sizes and wide characters.
cdef extern from "<stddef.h>":
    ctypedef signed int ptrdiff_t
    ctypedef unsigned int size_t
    ctypedef int wchar_t
