cdef class P:
    cdef int _x
    property x:
        def __get__(self):
            return self._x
