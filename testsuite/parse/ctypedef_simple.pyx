ctypedef unsigned long ulong
ctypedef int *intptr
ctypedef double real_t
