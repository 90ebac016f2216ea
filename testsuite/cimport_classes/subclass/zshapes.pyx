# Subclasses of another module's cdef classes (geometry's, through its
# .pxd): the base's struct and table of C methods extended, its slots
# (tp_new, tp_dealloc, the collector's) called through its type.
from geometry cimport Shape, Square

cdef class Circle(Shape):
    cdef double r
    cdef list history

    def __init__(self, r):
        Shape.__init__(self, "circle")
        self.r = r
        self.history = [r]

    cdef double area(self):
        return 3.0 * self.r * self.r

    cpdef double scaled_area(self):
        return Shape.scaled_area(self) + 0.5

cdef class Tiny(Square):
    cdef double area(self):
        return Square.area(self) / 100


cdef double through_base(Shape s):
    return s.area()


def run():
    c = Circle(2.0)
    c.scale = 2
    t = Tiny(10)
    print(through_base(c), c.scaled_area(), c.name, c.scale, isinstance(c, Shape))
    print(through_base(t), t.scaled_area(), t.name, type(t).__mro__[1].__name__)
    cdef Circle cycle = Circle(1.0)
    cycle.history.append(cycle)
    cycle = None
    import gc
    gc.collect()

    class Py(Circle):
        def scaled_area(self):
            return -1.0
    print(Py(1.0).scaled_area(), through_base(Py(1.0)))
