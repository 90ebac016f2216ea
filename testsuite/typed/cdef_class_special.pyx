# Special methods of cdef classes fill the type's slots: comparisons,
# hashing, containers, iteration, arithmetic, calls, truth, repr.
from libc.math cimport sqrt
cimport cython

cdef class Vec:
    cdef readonly double x, y

    def __init__(self, x=0, y=0):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

    def __str__(self):
        return f"<{self.x}, {self.y}>"

    def __eq__(self, other):
        if not isinstance(other, Vec):
            return NotImplemented
        return self.x == (<Vec>other).x and self.y == (<Vec>other).y

    def __lt__(self, Vec other):
        return (self.x, self.y) < (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + (<Vec>other).x, self.y + (<Vec>other).y)
        return NotImplemented

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __rmul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __abs__(self):
        return sqrt(self.x * self.x + self.y * self.y)

    def __bool__(self):
        return self.x != 0 or self.y != 0

    def __call__(self, scale=1):
        return (self.x * scale, self.y * scale)


cdef class Bag:
    cdef list items

    def __cinit__(self, *items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, value):
        self.items[i] = value

    def __delitem__(self, i):
        del self.items[i]

    def __contains__(self, item):
        return item in self.items

    def __iter__(self):
        return iter(self.items)


cdef class Countdown:
    cdef int n

    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


@cython.total_ordering
cdef class Version:
    cdef int major, minor

    def __init__(self, major, minor):
        self.major = major
        self.minor = minor

    def __eq__(self, Version other):
        return (self.major, self.minor) == (other.major, other.minor)

    def __lt__(self, Version other):
        return (self.major, self.minor) < (other.major, other.minor)


v1, v2 = Version(1, 2), Version(1, 10)
print(v1 < v2, v1 <= v2, v1 > v2, v1 >= v2, v2 >= v2, v1 == Version(1, 2))

cdef class Eq:
    def __eq__(self, other):
        return True


cdef class Ranked:
    cdef int rank

    def __init__(self, rank):
        self.rank = rank

    def __richcmp__(self, other, int op):
        return (op, (<Ranked>other).rank if isinstance(other, Ranked) else other)


class PyRanked(Ranked):
    pass


for value in (Eq(), Ranked(1)):
    try:
        print(hash(value))
    except TypeError as e:
        print("TypeError", e)
print(Ranked(1) < Ranked(2), Ranked(1) == 3, Ranked(1) >= Ranked(5), 3 > Ranked(1), PyRanked(1) != PyRanked(2))

a, b = Vec(1, 2), Vec(3, 4)
print(a, repr(b), str(a + b), a * 2, 3 * a, -a, abs(b))
print(a == Vec(1, 2), a != b, a < b, sorted([b, a]), a == 1)
print(hash(a) == hash(Vec(1, 2)), len({a, Vec(1, 2), b}))
print(bool(Vec()), bool(a), a(), a(scale=10))
try:
    a + 1
except TypeError as e:
    print("TypeError", e)
bag = Bag(1, 2, 3)
print(len(bag), bag[0], bag[-1], 2 in bag, 5 in bag, list(bag))
bag[0] = 10
del bag[1]
print(list(bag), bag[0:1])
print(list(Countdown(4)), sum(Countdown(5)))
