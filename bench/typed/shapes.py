class Shape:
    def __init__(self):
        self.cx = 0.0
        self.cy = 0.0

    def area(self):
        return 0.0

    def scale(self, f):
        self.cx *= f
        self.cy *= f


class Circle(Shape):
    def __init__(self):
        Shape.__init__(self)
        self.r = 0.0

    def area(self):
        return 3.0 * self.r * self.r

    def scale(self, f):
        self.r *= f


class Rect(Shape):
    def __init__(self):
        Shape.__init__(self)
        self.w = 0.0
        self.h = 0.0

    def area(self):
        return self.w * self.h

    def scale(self, f):
        self.w *= f
        self.h *= f


class Square(Rect):
    def area(self):
        return self.w * self.w


def make(i):
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


def total_area(n, rounds):
    shapes = [make(i) for i in range(n)]
    total = 0.0
    for k in range(rounds):
        for s in shapes:
            total += s.area()
            s.scale(1.0001 if k % 2 == 0 else 0.9999)
    for k in range(rounds):
        shapes[k % n] = make(k)
    return round(total, 3)


def run():
    return total_area(2000, 200)
