cdef vector[int] v
cdef map[string, vector[int]] m
cdef vector[int].iterator it
