from libc.math cimport sqrt


cdef class Vec:
    def __init__(self, double x=0.0, double y=0.0):
        self.x = x
        self.y = y

    cdef double dot(self, Vec other):
        return self.x * other.x + self.y * other.y

    cpdef double length(self):
        return sqrt(self.dot(self))

    def __add__(self, Vec other):
        return make_vec(self.x + other.x, self.y + other.y)

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


cdef Vec make_vec(double x, double y):
    cdef Vec v = Vec.__new__(Vec)
    v.x = x
    v.y = y
    return v
