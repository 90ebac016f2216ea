# cdef classes: builtin bases, property blocks, __dict__ and __weakref__,
# classes defined before their base, captured typed variables.
import weakref

cdef class Later(Earlier):
    cdef public int extra

    def show(self):
        return (self.value, self.extra)


cdef class Earlier:
    cdef public int value


cdef class Stack(list):
    cdef public int pushes

    def push(self, item):
        self.append(item)
        self.pushes += 1
        return self

    def top(self):
        return self[-1]


cdef class Registry(dict):
    cdef object default

    def __init__(self, default, *args, **kwargs):
        dict.__init__(self, *args, **kwargs)
        self.default = default

    def __missing__(self, key):
        return self.default


cdef class Temperature:
    cdef double kelvin

    property celsius:
        "degrees Celsius"
        def __get__(self):
            return self.kelvin - 273.15
        def __set__(self, value):
            self.kelvin = value + 273.15
        def __del__(self):
            self.kelvin = 0

    @property
    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32


cdef class Open:
    cdef dict __dict__
    cdef object __weakref__
    cdef public int n


cdef class Closures:
    cdef int count

    def counter(self):
        def bump(k):
            self.count += k
            return self.count
        return bump


def main():
    l = Later()
    l.value, l.extra = 1, 2
    print(l.show(), isinstance(l, Earlier), Later.__mro__[1].__name__)

    s = Stack()
    s.push(1).push(2)
    print(s, s.top(), s.pushes, len(s), isinstance(s, list), type(s).__name__)
    s.extend([3, 4])
    print(list(reversed(s)), s == [1, 2, 3, 4])

    r = Registry(0, a=1)
    print(r["a"], r["missing"], dict(r))

    t = Temperature()
    t.celsius = 25
    print(round(t.celsius, 2), round(t.fahrenheit, 2), Temperature.celsius.__doc__)
    del t.celsius
    print(t.celsius)

    o = Open()
    o.anything = "dynamic"
    o.n = 3
    print(o.anything, o.n, sorted(vars(o)))
    ref = weakref.ref(o)
    print(ref() is o)
    del o
    print(ref() is None)

    c = Closures()
    bump = c.counter()
    bump(2)
    print(bump(3))


main()
