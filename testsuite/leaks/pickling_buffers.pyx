# Auto-pickled instances round-tripped, buffers exported and released,
# inline .pxd functions (cpython.array, cpython.datetime) and extern types'
# property methods called, subclasses of an extern type made and freed.
import pickle
from cpython cimport array
from cpython.datetime cimport import_datetime, datetime_new, timedelta_new, total_seconds, date, datetime
import array as pyarray

import_datetime()

cdef class Point:
    cdef public double x
    cdef object tag
    cdef double coords[3]

    def __init__(self, x, tag):
        self.x = x
        self.tag = tag

cdef class Bytes4:
    cdef char data[4]
    def __getbuffer__(self, Py_buffer *view, int flags):
        view.buf = self.data
        view.len = 4
        view.obj = self
        view.readonly = 0
        view.itemsize = 1
        view.ndim = 1
        view.format = NULL
        view.shape = NULL
        view.strides = NULL
        view.suboffsets = NULL
        view.internal = NULL

cdef class Day(date):
    cdef object notes

    def __init__(self, *args):
        self.notes = [self]  # a cycle through the instance


def workload():
    p = pickle.loads(pickle.dumps(Point(1.5, ["t", 2])))
    with memoryview(Bytes4()) as m:
        bytes(m)
    cdef array.array a = pyarray.array('d', [1.0, 2.0])
    cdef array.array b = array.copy(a)
    array.extend(b, a)
    array.resize(b, 10)
    d = datetime_new(2024, 1, 2, 3, 4, 5, 6, None)
    total_seconds(timedelta_new(1, 2, 3))
    cdef datetime typed = d
    fields = (typed.year, typed.tzinfo, typed.microsecond)
    cdef date day = Day(2024, 2, 29)
    return p, d, fields, day.year
