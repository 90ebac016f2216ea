cdef class Box:
    cdef public double width
    cdef readonly int id
    cdef object payload
