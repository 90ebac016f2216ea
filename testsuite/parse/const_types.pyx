cdef const char *name
cdef const int limit = 10
cdef char * const fixed = NULL
