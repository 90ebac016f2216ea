# Uses geometry's classes through its .pxd: typed attributes, C methods
# through the method table, the class as a constructor and a static type.
from geometry cimport Shape, Square, area_sum


cdef double total_area(list shapes):
    cdef Shape s
    cdef double total = 0
    for s in shapes:
        total += s.area() * s.scale
    return total


def describe(Shape s):
    return f"{s.name}: {s.area()} x {s.scale} = {s.scaled_area()}"


def build():
    sq = Square(3)
    sq.scale = 2
    shapes = [sq, Square(1), Shape("point")]
    print(total_area(shapes))
    for s in shapes:
        print(describe(s))
    try:
        describe("not a shape")
    except TypeError as e:
        print("TypeError", e)
    print(type(sq).__module__, isinstance(sq, Shape))
    print(area_sum(shapes))
    sq.scale = -1
    try:
        area_sum(shapes)
    except ValueError as e:
        print("ValueError", e)
