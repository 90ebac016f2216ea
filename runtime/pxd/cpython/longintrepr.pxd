# The inside of Python's int: an array of digits (CPython's
# longintrepr.h, which Python.h includes). CPython-only, and private: its
# layout changed in 3.12.
cdef extern from "Python.h":
    ctypedef unsigned int digit   # one "digit" of PyLong_SHIFT bits
    ctypedef int sdigit

    # int's instances, with their digits (least significant first).
    ctypedef class __builtin__.py_long [object PyLongObject]:
        cdef digit* ob_digit

    # A new int of `size` digits, all of them unset.
    cdef py_long _PyLong_New(Py_ssize_t size)

    cdef long PyLong_SHIFT        # bits in a digit
    cdef digit PyLong_BASE        # 1 << PyLong_SHIFT
    cdef digit PyLong_MASK        # PyLong_BASE - 1
