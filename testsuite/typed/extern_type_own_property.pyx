# An extern class the module declares itself, with a `@property cdef
# inline` method: `s.total` on a typed instance calls the module's copy.
import datetime as pydt

cdef extern from "datetime.h":
    ctypedef struct PyDateTime_Delta:
        pass
    int PyDateTime_DELTA_GET_DAYS(object o)
    int PyDateTime_DELTA_GET_SECONDS(object o)
    ctypedef extern class datetime.timedelta[object PyDateTime_Delta]:
        @property
        cdef inline long total(self) noexcept:
            return PyDateTime_DELTA_GET_DAYS(self) * 86400L + PyDateTime_DELTA_GET_SECONDS(self)

        @property
        cdef inline object pair(self):
            return (PyDateTime_DELTA_GET_DAYS(self), PyDateTime_DELTA_GET_SECONDS(self))


def seconds(timedelta s):
    return s.total, s.pair, s.days

def total_of(list spans):
    cdef timedelta s
    cdef long n = 0
    for s in spans:
        n += s.total
    return n

print(seconds(pydt.timedelta(2, 5)))
print(seconds(pydt.timedelta(-1, 3)))
print(total_of([pydt.timedelta(1), pydt.timedelta(0, 7), pydt.timedelta(weeks=1)]))
