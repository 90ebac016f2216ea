# cdef classes: C attributes (public, readonly, private), cdef and cpdef
# methods through the method table, inheritance, Python subclasses that
# override cpdef methods, __cinit__ and __dealloc__, typed access.
from libc.math cimport sqrt

cdef class Point:
    cdef public double x
    cdef readonly int n
    cdef object tag
    cdef double y

    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.n += 1
        self.tag = "p"

    cdef double norm2(self):
        return self.x * self.x + self.y * self.y

    cpdef double scaled(self, double k):
        return self.norm2() * k

    def norm(self):
        return sqrt(self.norm2())

    def describe(self):
        return f"{type(self).__name__}({self.x}, {self.y}, tag={self.tag!r})"


cdef class Point3(Point):
    cdef public double z

    def __init__(self, x, y, z):
        Point.__init__(self, x, y)
        self.z = z

    cdef double norm2(self):
        return Point.norm2(self) + self.z * self.z


class Flipped(Point):
    def scaled(self, k):
        return -Point.scaled(self, k)


def scale(Point p, double k):
    return p.scaled(k)


cdef class Counter:
    cdef public long count
    cdef public object items

    def __cinit__(self):
        self.count = 100
        self.items = []

    def add(self, item):
        self.items.append(item)
        self.count += 1
        return self


cdef class Resource:
    cdef readonly str name

    def __cinit__(self, name, *args, **kwargs):
        self.name = name
        print("open", name, args, sorted(kwargs))

    def __dealloc__(self):
        print("close", self.name)


def defaults():
    p = Point.__new__(Point)
    print(p.x, p.n, p.describe())


def attributes():
    p = Point(3, 4)
    print(p.x, p.n, p.norm(), p.scaled(2), p.describe())
    p.x = 6
    print(p.x, p.norm2() if False else p.norm())
    for attempt in ("p.n = 5", "p.tag", "p.y", "del p.x", "p.x = 'a'"):
        try:
            exec(attempt, {"p": p})
        except Exception as e:
            print(attempt, "->", type(e).__name__, e)


def inheritance():
    q = Point3(1, 2, 2)
    print(q.norm(), q.z, scale(q, 1.0), q.describe(), isinstance(q, Point))
    f = Flipped(3, 4)
    print(scale(f, 2), f.scaled(3), f.norm(), f.describe())
    print(Point3.__base__ is Point, Point3.__mro__)


def typed_locals():
    cdef Point p = Point3(0, 3, 4)
    cdef double total = 0
    for i in range(3):
        total += p.scaled(i)
    print(total, p.x + p.n)
    cdef Counter c = Counter()
    c.add("a").add("b")
    print(c.count, c.items)
    other = "not a point"
    try:
        p = other
    except TypeError as e:
        print("TypeError", e)


def lifetimes():
    r = Resource("db", 1, 2, mode="r")
    print(r.name)
    del r
    print("after")


def classes():
    print(Point.__name__, Point.__qualname__, Point.__module__, type(Point).__name__)
    try:
        Point.extra = 1
    except TypeError as e:
        print("TypeError", e)
    try:
        class Sub(Point):
            pass
        print(Sub(1, 2).norm())
    except TypeError as e:
        print("TypeError", e)


defaults()
attributes()
inheritance()
typed_locals()
lifetimes()
classes()
