cdef unsigned long long a
cdef signed char b
cdef short c
cdef long d
cdef unsigned e
cdef long double f
cdef size_t g
cdef Py_ssize_t h
