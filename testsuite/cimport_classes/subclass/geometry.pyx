cdef class Shape:
    def __init__(self, name):
        self.name = name
        self.scale = 1

    cdef double area(self):
        return 0

    cpdef double scaled_area(self):
        return self.area() * self.scale


cdef class Square(Shape):
    def __init__(self, side):
        Shape.__init__(self, "square")
        self.side = side

    cdef double area(self):
        return self.side * self.side


cdef double area_sum(list shapes) except -1:
    cdef Shape s
    cdef double total = 0
    for s in shapes:
        if s.scale < 0:
            raise ValueError("negative scale")
        total += s.scaled_area()
    return total
