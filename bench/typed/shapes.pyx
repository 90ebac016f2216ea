# Shapes through a base-class reference: every area() and scale() call goes
# through the method table (three overriding classes), attributes are read
# and written as struct members, and instances are created and freed.
cdef class Shape:
    cdef double cx, cy

    cdef double area(self):
        return 0.0

    cdef void scale(self, double f):
        self.cx *= f
        self.cy *= f


cdef class Circle(Shape):
    cdef double r

    cdef double area(self):
        return 3.0 * self.r * self.r

    cdef void scale(self, double f):
        self.r *= f


cdef class Rect(Shape):
    cdef double w, h

    cdef double area(self):
        return self.w * self.h

    cdef void scale(self, double f):
        self.w *= f
        self.h *= f


cdef class Square(Rect):
    cdef double area(self):
        return self.w * self.w


cdef Shape make(int i):
    cdef Circle c
    cdef Rect r
    cdef Square s
    if i % 3 == 0:
        c = Circle()
        c.r = 1.0 + (i % 7)
        return c
    if i % 3 == 1:
        r = Rect()
        r.w = 1.0 + (i % 5)
        r.h = 2.0
        return r
    s = Square()
    s.w = 1.0 + (i % 4)
    s.h = s.w
    return s


def total_area(int n, int rounds):
    cdef list shapes = [make(i) for i in range(n)]
    cdef Shape s
    cdef double total = 0
    cdef int k
    for k in range(rounds):
        for s in shapes:
            total += s.area()
            s.scale(1.0001 if k % 2 == 0 else 0.9999)
    for k in range(rounds):
        shapes[k % n] = make(k)
    return round(total, 3)


def run():
    return total_area(2000, 200)
