cdef double d = <double>3
cdef int *p = <int *>ptr
obj = <object>p
checked = <list?>value
