# The C-level interface of geometry.vectors, cimported by geometry.shapes.
# distutils: libraries = m

cdef class Vec:
    cdef public double x, y
    cdef double dot(self, Vec other)
    cpdef double length(self)

cdef Vec make_vec(double x, double y)
