# The `@property cdef inline` methods of extern types (Cython's declarations
# of datetime's types): typed instances read their fields as C, through the
# method compiled into the module (extern_type_own_property.pyx: a module's
# own extern class). Also `complex` in a C declaration (double complex, as Cython
# reads it) and cpython.array's item functions (GETF).
cimport cython
from cpython.datetime cimport date, datetime, time, timedelta, import_datetime
from cpython.array cimport array
import datetime as pydt
import array as pyarray

import_datetime()

def date_fields(date d):
    return d.year, d.month, d.day, cython.typeof(d.year)

def datetime_fields(datetime d):
    return d.year, d.month, d.day, d.hour, d.minute, d.second, d.microsecond, d.fold, d.tzinfo

def time_fields(time t):
    return t.hour, t.minute, t.second, t.microsecond, t.fold, t.tzinfo

def timedelta_fields(timedelta t):
    # Cython's names: day, second, microsecond (the Python ones stay Python's)
    return t.day, t.second, t.microsecond, t.days, t.seconds, t.microseconds

def ordinal_sum(list dates):
    cdef long total = 0
    cdef date d
    for d in dates:
        total += d.year * 10000 + d.month * 100 + d.day
    return total

def complex_declarations(complex z):
    cdef complex w = z * 2
    return cython.typeof(z), cython.typeof(w), w, z.real, z.imag

def array_getitem():
    cdef array a = pyarray.array('d', [1.5, 2.5])
    return a.ob_descr.getitem(a, 1), chr(a.ob_descr.typecode), a.ob_descr.itemsize


print(date_fields(pydt.date(2020, 3, 4)))
print(date_fields(pydt.datetime(1999, 12, 31, 23, 59)))
print(datetime_fields(pydt.datetime(2020, 3, 4, 5, 6, 7, 8, fold=1)))
print(datetime_fields(pydt.datetime(2020, 3, 4, 5, 6, 7, 8, tzinfo=pydt.timezone.utc)))
print(time_fields(pydt.time(1, 2, 3, 4, tzinfo=pydt.timezone.utc, fold=1)))
print(time_fields(pydt.time(23)))
print(timedelta_fields(pydt.timedelta(1, 2, 3)))
print(timedelta_fields(pydt.timedelta(-1)))
print(ordinal_sum([pydt.date(2000, 1, 1), pydt.datetime(2001, 2, 3, 4)]))
print(complex_declarations(3j), complex_declarations(1))
print(array_getitem())
