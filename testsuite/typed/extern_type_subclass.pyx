# cdef classes extending an extern type (a C library's type, here
# datetime's date and timedelta): the header's struct first in the
# instance, the imported type object as the base; C attributes, object
# attributes, C methods through the class's own table, and the base's
# property methods on self.
from cpython.datetime cimport date, timedelta, import_datetime
import datetime as pydt

import_datetime()

cdef class Day(date):
    cdef public int weight
    cdef object note

    # date's tp_new takes the arguments: __init__ sees the same ones.
    def __init__(self, *args):
        self.weight = 1
        self.note = None

    def set(self, weight, note=None):
        self.weight = weight
        self.note = note
        return self

    cdef long key(self):
        return self.year * 10000L + self.month * 100 + self.day

    cpdef describe(self):
        return f"{self.isoformat()} w={self.weight} note={self.note!r} key={self.key()}"

cdef class Holiday(Day):
    cdef str name

    def __init__(self, y, m, d):
        Day.__init__(self, y, m, d)
        self.weight = 10
        self.name = "holiday"

    def named(self, name):
        self.name = name
        return self

    cpdef describe(self):
        return f"{self.name}: " + Day.describe(self)

cdef class Span(timedelta):
    def hours(self):
        # The base's property methods are the base's: on self (a Span) day
        # is a Python attribute, as in Cython; through a timedelta, C.
        cdef timedelta t = self
        return t.day * 24 + t.second // 3600, hasattr(self, "day")

def total_key(list days):
    cdef Day d
    cdef long n = 0
    for d in days:
        n += d.key() * d.weight
    return n

d = Day(2024, 2, 29).set(3, ["leap"])
h = Holiday(2024, 12, 25).named("Christmas")
print(d.describe())
print(h.describe())
print(isinstance(h, pydt.date), isinstance(h, Day), type(h).__mro__[1:3])
print(d + pydt.timedelta(days=1), type(d + pydt.timedelta(days=1)).__name__)
print(d == pydt.date(2024, 2, 29), d < h, hash(d) == hash(pydt.date(2024, 2, 29)))
print(total_key([d, h]))
d.weight = 5
print(d.weight, total_key([d]))
print(Span(days=1, hours=5).hours(), Span(1, 7200))

def churn(int n):
    # instances created and freed (object attributes, cycles through them)
    cdef Day x
    for i in range(n):
        x = Day(2000, 1, 1 + i % 28).set(i, [])
        x.note.append(x)

churn(200)
print("ok")
