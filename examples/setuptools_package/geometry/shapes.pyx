# Uses another module's cdef class through its .pxd: typed attribute access
# and C method calls, no Python lookups.
from geometry.vectors cimport Vec

cdef double PI = 3.141592653589793


cdef class Circle:
    cdef readonly Vec centre
    cdef readonly double radius

    def __init__(self, Vec centre, double radius):
        self.centre = centre
        self.radius = radius

    def area(self):
        return PI * self.radius * self.radius

    def contains(self, Vec p):
        cdef double dx = p.x - self.centre.x, dy = p.y - self.centre.y
        return dx * dx + dy * dy <= self.radius * self.radius


cdef class Polygon:
    cdef list points

    def __init__(self, points):
        self.points = [p for p in points]

    def perimeter(self):
        cdef double total = 0.0
        cdef Py_ssize_t i, n = len(self.points)
        cdef Vec a, b
        for i in range(n):
            a = self.points[i]
            b = self.points[(i + 1) % n]
            total += Vec(b.x - a.x, b.y - a.y).length()
        return total
