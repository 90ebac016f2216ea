# Declarations another module cimports: the layout and C methods of the
# cdef classes geometry.pyx implements.
cdef class Shape:
    cdef readonly str name
    cdef public double scale

    cdef double area(self)
    cpdef double scaled_area(self)


cdef class Square(Shape):
    cdef double side


# A cdef function other modules call through geometry's C API.
cdef double area_sum(list shapes) except -1
