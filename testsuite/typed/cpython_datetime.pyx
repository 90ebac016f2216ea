# cpython.datetime: the datetime module's C API through pyxc's declarations
# (inline functions of a cimported .pxd, compiled into this module),
# against Cython's.
from cpython.datetime cimport (import_datetime, date, time, datetime, timedelta, tzinfo, date_new, time_new,
                               datetime_new, timedelta_new, timezone_new, get_utc, datetime_from_timestamp,
                               date_from_timestamp, total_seconds, date_year, date_month, date_day,
                               datetime_hour, datetime_fold, datetime_tzinfo, time_microsecond, time_tzinfo,
                               timedelta_days, timedelta_seconds, timedelta_microseconds, PyDateTime_Check,
                               PyDate_Check, PyDelta_Check, PyTZInfo_Check, PyDateTime_CheckExact)
import datetime as pydatetime

import_datetime()

def constructors():
    cdef date d = date_new(2024, 2, 29)
    cdef datetime dt = datetime_new(2024, 2, 29, 13, 45, 10, 500, None, 1)
    cdef time t = time_new(23, 59, 58, 999999, get_utc())
    cdef timedelta delta = timedelta_new(2, 3600, 250000)
    print(d, dt, dt.fold, t, delta)
    print(d.year, dt.hour, t.tzinfo, delta.days)
    print(date_year(d), date_month(d), date_day(d), datetime_hour(dt), datetime_fold(dt))
    print(time_microsecond(t), time_tzinfo(t), datetime_tzinfo(dt))
    print(timedelta_days(delta), timedelta_seconds(delta), timedelta_microseconds(delta), total_seconds(delta))

def timezones():
    tz = timezone_new(timedelta_new(0, 3600 * 5, 0))
    named = timezone_new(timedelta_new(0, -3600, 0), "West")
    print(tz, named, get_utc() is pydatetime.timezone.utc)
    cdef tzinfo zone = tz
    print(datetime_new(2000, 1, 1, 0, 0, 0, 0, zone).isoformat())

def timestamps():
    print(datetime_from_timestamp(0, get_utc()), date_from_timestamp(86400 * 365).year)

def checks(value):
    return (PyDateTime_Check(value), PyDate_Check(value), PyDelta_Check(value), PyTZInfo_Check(value),
            PyDateTime_CheckExact(value))

def typed_argument(datetime when):
    return when.minute

constructors()
timezones()
timestamps()
print(checks(pydatetime.datetime(2020, 1, 1)), checks(pydatetime.date(2020, 1, 1)), checks(3))
print(checks(pydatetime.timedelta(1)), checks(get_utc()))
print(typed_argument(pydatetime.datetime(2020, 1, 1, 5, 6)))
try:
    typed_argument(pydatetime.date(2020, 1, 1))
except TypeError as e:
    print("TypeError", e)
