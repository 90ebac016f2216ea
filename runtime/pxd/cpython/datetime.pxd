# The datetime module's C API (datetime.h): its types and their fields, the
# checks and field macros, and constructors through the C API capsule.
# Call import_datetime() once (at module level) before any constructor or
# check: until then PyDateTimeAPI is NULL.
#
# Typed variables (`cdef datetime d`) read d.year, d.hour... as C (the
# property methods of the types below); the *_year(), *_hour()...
# functions read the fields of any object.
from cpython.object cimport PyObject, PyTypeObject

cdef extern from "datetime.h":
    """
    // PyDateTime_IMPORT is a statement-like macro; a function to call.
    static inline void pyxc_PyDateTime_IMPORT(void) { PyDateTime_IMPORT; }
    // The PEP 495 constructors (fold) with their type filled in.
    #define pyxc_DateTime_WithFold(year, month, day, hour, minute, second, microsecond, tz, fold) \\
        PyDateTimeAPI->DateTime_FromDateAndTimeAndFold(year, month, day, hour, minute, second, \\
            microsecond, tz, fold, PyDateTimeAPI->DateTimeType)
    #define pyxc_Time_WithFold(hour, minute, second, microsecond, tz, fold) \\
        PyDateTimeAPI->Time_FromTimeAndFold(hour, minute, second, microsecond, tz, fold, PyDateTimeAPI->TimeType)
    """

    # The types, and the structs of their instances (the fields CPython
    # documents; packed dates and times are read through the macros).
    # Typed instances read their fields as C: `d.year` on a `cdef date d`
    # calls the property method below, compiled into the module. As in
    # Cython's declarations, timedelta's are day, second and microsecond
    # (its Python attributes days, seconds, microseconds stay Python's).
    ctypedef extern class datetime.date[object PyDateTime_Date]:
        @property
        cdef inline int year(self) noexcept:
            return PyDateTime_GET_YEAR(self)

        @property
        cdef inline int month(self) noexcept:
            return PyDateTime_GET_MONTH(self)

        @property
        cdef inline int day(self) noexcept:
            return PyDateTime_GET_DAY(self)

    ctypedef extern class datetime.time[object PyDateTime_Time]:
        @property
        cdef inline int hour(self) noexcept:
            return PyDateTime_TIME_GET_HOUR(self)

        @property
        cdef inline int minute(self) noexcept:
            return PyDateTime_TIME_GET_MINUTE(self)

        @property
        cdef inline int second(self) noexcept:
            return PyDateTime_TIME_GET_SECOND(self)

        @property
        cdef inline int microsecond(self) noexcept:
            return PyDateTime_TIME_GET_MICROSECOND(self)

        @property
        cdef inline object tzinfo(self):
            return <object>PyDateTime_TIME_GET_TZINFO(self)

        @property
        cdef inline int fold(self) noexcept:
            return PyDateTime_TIME_GET_FOLD(self)

    ctypedef extern class datetime.datetime[object PyDateTime_DateTime]:
        @property
        cdef inline int year(self) noexcept:
            return PyDateTime_GET_YEAR(self)

        @property
        cdef inline int month(self) noexcept:
            return PyDateTime_GET_MONTH(self)

        @property
        cdef inline int day(self) noexcept:
            return PyDateTime_GET_DAY(self)

        @property
        cdef inline int hour(self) noexcept:
            return PyDateTime_DATE_GET_HOUR(self)

        @property
        cdef inline int minute(self) noexcept:
            return PyDateTime_DATE_GET_MINUTE(self)

        @property
        cdef inline int second(self) noexcept:
            return PyDateTime_DATE_GET_SECOND(self)

        @property
        cdef inline int microsecond(self) noexcept:
            return PyDateTime_DATE_GET_MICROSECOND(self)

        @property
        cdef inline object tzinfo(self):
            return <object>PyDateTime_DATE_GET_TZINFO(self)

        @property
        cdef inline int fold(self) noexcept:
            return PyDateTime_DATE_GET_FOLD(self)

    ctypedef extern class datetime.timedelta[object PyDateTime_Delta]:
        @property
        cdef inline int day(self) noexcept:
            return PyDateTime_DELTA_GET_DAYS(self)

        @property
        cdef inline int second(self) noexcept:
            return PyDateTime_DELTA_GET_SECONDS(self)

        @property
        cdef inline int microsecond(self) noexcept:
            return PyDateTime_DELTA_GET_MICROSECONDS(self)

    ctypedef extern class datetime.tzinfo[object PyDateTime_TZInfo]:
        pass

    ctypedef struct PyDateTime_Date:
        pass

    ctypedef struct PyDateTime_Time:
        char hastzinfo            # whether tzinfo is set
        PyObject *tzinfo

    ctypedef struct PyDateTime_DateTime:
        char hastzinfo
        PyObject *tzinfo

    ctypedef struct PyDateTime_Delta:
        int days                  # -999999999 to 999999999
        int seconds               # 0 to 86399
        int microseconds          # 0 to 999999

    # The C API the capsule holds: the types, constructors taking the type
    # to make (subclasses allowed), and the UTC timezone.
    ctypedef struct PyDateTime_CAPI:
        PyTypeObject *DateType
        PyTypeObject *DateTimeType
        PyTypeObject *TimeType
        PyTypeObject *DeltaType
        PyTypeObject *TZInfoType

        date (*Date_FromDate)(int year, int month, int day, PyTypeObject *type)
        datetime (*DateTime_FromDateAndTime)(int year, int month, int day, int hour, int minute, int second,
                                             int microsecond, object tzinfo, PyTypeObject *type)
        time (*Time_FromTime)(int hour, int minute, int second, int microsecond, object tzinfo,
                              PyTypeObject *type)
        timedelta (*Delta_FromDelta)(int days, int seconds, int microseconds, int normalize, PyTypeObject *type)

        # The DB API's constructors: cls, then the arguments as a tuple.
        datetime (*DateTime_FromTimestamp)(PyObject *cls, object args, PyObject *kwargs)
        date (*Date_FromTimestamp)(PyObject *cls, object args)

        object (*TimeZone_FromTimeZone)(object offset, PyObject *name)
        PyObject *TimeZone_UTC

        datetime (*DateTime_FromDateAndTimeAndFold)(int year, int month, int day, int hour, int minute,
                                                     int second, int microsecond, object tzinfo, int fold,
                                                     PyTypeObject *type)
        time (*Time_FromTimeAndFold)(int hour, int minute, int second, int microsecond, object tzinfo,
                                     int fold, PyTypeObject *type)

    # The capsule's API once import_datetime() has run (NULL before).
    PyDateTime_CAPI *PyDateTimeAPI
    void PyDateTime_IMPORT "pyxc_PyDateTime_IMPORT" ()

    # Instances of the type or a subclass of it (_CheckExact: the type itself).
    bint PyDate_Check(object op)
    bint PyDate_CheckExact(object op)
    bint PyDateTime_Check(object op)
    bint PyDateTime_CheckExact(object op)
    bint PyTime_Check(object op)
    bint PyTime_CheckExact(object op)
    bint PyDelta_Check(object op)
    bint PyDelta_CheckExact(object op)
    bint PyTZInfo_Check(object op)
    bint PyTZInfo_CheckExact(object op)

    # Fields of a date or datetime.
    int PyDateTime_GET_YEAR(object o)
    int PyDateTime_GET_MONTH(object o)
    int PyDateTime_GET_DAY(object o)
    # Of a datetime.
    int PyDateTime_DATE_GET_HOUR(object o)
    int PyDateTime_DATE_GET_MINUTE(object o)
    int PyDateTime_DATE_GET_SECOND(object o)
    int PyDateTime_DATE_GET_MICROSECOND(object o)
    int PyDateTime_DATE_GET_FOLD(object o)
    PyObject *PyDateTime_DATE_GET_TZINFO(object o)   # borrowed; Py_None when unset
    # Of a time.
    int PyDateTime_TIME_GET_HOUR(object o)
    int PyDateTime_TIME_GET_MINUTE(object o)
    int PyDateTime_TIME_GET_SECOND(object o)
    int PyDateTime_TIME_GET_MICROSECOND(object o)
    int PyDateTime_TIME_GET_FOLD(object o)
    PyObject *PyDateTime_TIME_GET_TZINFO(object o)   # borrowed; Py_None when unset
    # Of a timedelta.
    int PyDateTime_DELTA_GET_DAYS(object o)
    int PyDateTime_DELTA_GET_SECONDS(object o)
    int PyDateTime_DELTA_GET_MICROSECONDS(object o)

    # A fixed-offset timezone (offset: a timedelta), optionally named.
    object PyTimeZone_FromOffset(object offset)
    object PyTimeZone_FromOffsetAndName(object offset, object name)
    PyObject *PyDateTime_TimeZone_UTC

    # datetime.fromtimestamp(*args) and date.fromtimestamp(*args) (also by
    # the names Cython's declarations spell them with).
    datetime PyDateTime_FromTimestamp(object args)
    date PyDate_FromTimestamp(object args)
    datetime PyDateTime_FromTimeStamp "PyDateTime_FromTimestamp" (object args)
    date PyDate_FromTimeStamp "PyDate_FromTimestamp" (object args)

    datetime pyxc_DateTime_WithFold(int year, int month, int day, int hour, int minute, int second,
                                    int microsecond, object tzinfo, int fold)
    time pyxc_Time_WithFold(int hour, int minute, int second, int microsecond, object tzinfo, int fold)


# Loads the C API. Call it once before anything else here.
cdef inline void import_datetime() noexcept:
    PyDateTime_IMPORT()

# Constructors through the C API: no range checks on the arguments.
cdef inline date date_new(int year, int month, int day):
    return PyDateTimeAPI.Date_FromDate(year, month, day, PyDateTimeAPI.DateType)

cdef inline time time_new(int hour, int minute, int second, int microsecond, object tz, int fold=0):
    return pyxc_Time_WithFold(hour, minute, second, microsecond, tz, fold)

cdef inline datetime datetime_new(int year, int month, int day, int hour, int minute, int second,
                                  int microsecond, object tz, int fold=0):
    return pyxc_DateTime_WithFold(year, month, day, hour, minute, second, microsecond, tz, fold)

cdef inline timedelta timedelta_new(int days, int seconds, int useconds):
    return PyDateTimeAPI.Delta_FromDelta(days, seconds, useconds, 1, PyDateTimeAPI.DeltaType)

cdef inline object timezone_new(object offset, object name=None):
    if name is None:
        return PyTimeZone_FromOffset(offset)
    return PyTimeZone_FromOffsetAndName(offset, name)

# datetime.fromtimestamp(timestamp[, tz]) and date.fromtimestamp(timestamp).
cdef inline datetime datetime_from_timestamp(timestamp, tz=None):
    return PyDateTime_FromTimestamp((timestamp, tz) if tz is not None else (timestamp,))

cdef inline date date_from_timestamp(timestamp):
    return PyDate_FromTimestamp((timestamp,))

# datetime.timezone.utc
cdef inline object get_utc():
    return <object>PyDateTime_TimeZone_UTC

# Fields, read without a Python attribute lookup. No type checks: the
# argument must be of the type the name says.
cdef inline object time_tzinfo(object o):
    return <object>PyDateTime_TIME_GET_TZINFO(o)

cdef inline object datetime_tzinfo(object o):
    return <object>PyDateTime_DATE_GET_TZINFO(o)

cdef inline int date_year(object o) noexcept:
    return PyDateTime_GET_YEAR(o)

cdef inline int date_month(object o) noexcept:
    return PyDateTime_GET_MONTH(o)

cdef inline int date_day(object o) noexcept:
    return PyDateTime_GET_DAY(o)

cdef inline int datetime_year(object o) noexcept:
    return PyDateTime_GET_YEAR(o)

cdef inline int datetime_month(object o) noexcept:
    return PyDateTime_GET_MONTH(o)

cdef inline int datetime_day(object o) noexcept:
    return PyDateTime_GET_DAY(o)

cdef inline int time_hour(object o) noexcept:
    return PyDateTime_TIME_GET_HOUR(o)

cdef inline int time_minute(object o) noexcept:
    return PyDateTime_TIME_GET_MINUTE(o)

cdef inline int time_second(object o) noexcept:
    return PyDateTime_TIME_GET_SECOND(o)

cdef inline int time_microsecond(object o) noexcept:
    return PyDateTime_TIME_GET_MICROSECOND(o)

cdef inline int time_fold(object o) noexcept:
    return PyDateTime_TIME_GET_FOLD(o)

cdef inline int datetime_hour(object o) noexcept:
    return PyDateTime_DATE_GET_HOUR(o)

cdef inline int datetime_minute(object o) noexcept:
    return PyDateTime_DATE_GET_MINUTE(o)

cdef inline int datetime_second(object o) noexcept:
    return PyDateTime_DATE_GET_SECOND(o)

cdef inline int datetime_microsecond(object o) noexcept:
    return PyDateTime_DATE_GET_MICROSECOND(o)

cdef inline int datetime_fold(object o) noexcept:
    return PyDateTime_DATE_GET_FOLD(o)

cdef inline int timedelta_days(object o) noexcept:
    return PyDateTime_DELTA_GET_DAYS(o)

cdef inline int timedelta_seconds(object o) noexcept:
    return PyDateTime_DELTA_GET_SECONDS(o)

cdef inline int timedelta_microseconds(object o) noexcept:
    return PyDateTime_DELTA_GET_MICROSECONDS(o)

# timedelta.total_seconds() from the fields (floating point rounding may
# differ from the method's in the last digit).
cdef inline double total_seconds(timedelta obj) noexcept:
    cdef double days = <double>PyDateTime_DELTA_GET_DAYS(obj)
    cdef double seconds = <double>PyDateTime_DELTA_GET_SECONDS(obj)
    cdef double micros = <double>PyDateTime_DELTA_GET_MICROSECONDS(obj)
    return days * 24 * 3600 + seconds + micros / 1_000_000
