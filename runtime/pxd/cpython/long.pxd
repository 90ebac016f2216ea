# int objects in CPython's C API.
from libc.stdint cimport int32_t, int64_t, uint32_t, uint64_t
cdef extern from "Python.h":
    bint PyLong_Check(object o)
    bint PyLong_CheckExact(object o)
    object PyLong_FromLong(long v)
    object PyLong_FromUnsignedLong(unsigned long v)
    object PyLong_FromSsize_t(Py_ssize_t v)
    object PyLong_FromSize_t(size_t v)
    object PyLong_FromLongLong(long long v)
    object PyLong_FromUnsignedLongLong(unsigned long long v)
    object PyLong_FromDouble(double v)
    object PyLong_FromString(const char *s, char **end, int base)
    long PyLong_AsLong(object o) except? -1
    long PyLong_AsLongAndOverflow(object o, int *overflow) except? -1
    long long PyLong_AsLongLong(object o) except? -1
    unsigned long PyLong_AsUnsignedLong(object o) except? -1
    Py_ssize_t PyLong_AsSsize_t(object o) except? -1
    size_t PyLong_AsSize_t(object o) except? -1
    double PyLong_AsDouble(object o) except? -1.0

cdef extern from "Python.h":
    ctypedef long long PY_LONG_LONG "long long"
    ctypedef unsigned long long uPY_LONG_LONG "unsigned long long"

    # Conversions that raise OverflowError where the value does not fit
    # (Mask: wrap around instead, no overflow check).
    uPY_LONG_LONG PyLong_AsUnsignedLongLong(object o) except? -1
    uPY_LONG_LONG PyLong_AsUnsignedLongLongMask(object o) except? -1
    unsigned long PyLong_AsUnsignedLongMask(object o) except? -1
    # -1 with *overflow set to +1 or -1 where the value does not fit.
    PY_LONG_LONG PyLong_AsLongLongAndOverflow(object o, int *overflow) except? -1
    # Pointers as ints and back.
    object PyLong_FromVoidPtr(void *p)
    void *PyLong_AsVoidPtr(object o) except? NULL
    # Python 2's (absent from Python 3's headers).
    object PyLong_FromUnicode(Py_UNICODE *u, Py_ssize_t length, int base)

    # Fixed-width conversions (Python 3.14) and native byte strings (3.13).
    int PyLong_AsInt32(object o, int32_t *value) except -1
    int PyLong_AsInt64(object o, int64_t *value) except -1
    int PyLong_AsUInt32(object o, uint32_t *value) except -1
    int PyLong_AsUInt64(object o, uint64_t *value) except -1
    Py_ssize_t PyLong_AsNativeBytes(object o, void *buffer, Py_ssize_t n_bytes, int flags) except -1
    object PyLong_FromNativeBytes(const void *buffer, size_t n_bytes, int flags)
    object PyLong_FromUnsignedNativeBytes(const void *buffer, size_t n_bytes, int flags)
