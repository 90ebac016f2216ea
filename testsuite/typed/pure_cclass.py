# Pure-Python mode extension types: @cython.cclass classes with declared
# attributes (cython.declare, annotations), C methods (@cython.cfunc),
# overridable ones (@cython.ccall), `with cython.cclass:` blocks. Under
# CPython the shim makes them plain classes; compiled, they are cdef classes.
import cython


@cython.cclass
class Point:
    x = cython.declare(cython.double, visibility="public")
    y: cython.double
    label = cython.declare(str, visibility="readonly")

    def __init__(self, x, y, label="p"):
        self.x = x
        self.y = y
        self.label = label

    @cython.cfunc
    def norm2(self) -> cython.double:
        return self.x * self.x + self.y * self.y

    @cython.ccall
    def scaled(self, k: cython.double) -> cython.double:
        return self.norm2() * k

    def describe(self):
        return f"{self.label}: {self.norm2()}"


class Sub(Point):
    def scaled(self, k):
        return -1.0


with cython.cclass:
    class Counter:
        n = cython.declare(cython.int, visibility="public")

        @cython.cfunc
        @cython.locals(by=cython.int)
        def bump(self, by):
            self.n += by
            return self.n

        def twice(self):
            self.bump(2)
            return self.bump(3)


p = Point(3, 4)
print(p.x, p.label, p.describe(), p.scaled(2.0), Sub(1, 1).scaled(2.0))
p.x = 1
print(p.describe())
try:
    p.label = "q"
except AttributeError:
    print("AttributeError")
try:
    p.x = "text"
except TypeError:
    print("TypeError")
c = Counter()
print(c.twice(), c.n)
