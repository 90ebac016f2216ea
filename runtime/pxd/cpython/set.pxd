# set and frozenset objects in CPython's C API.
cdef extern from "Python.h":
    bint PyAnySet_Check(object o)
    bint PyAnySet_CheckExact(object o)
    bint PySet_Check(object o)
    bint PyFrozenSet_Check(object o)
    bint PyFrozenSet_CheckExact(object o)
    set PySet_New(object iterable)
    frozenset PyFrozenSet_New(object iterable)
    Py_ssize_t PySet_Size(object anyset) except -1
    Py_ssize_t PySet_GET_SIZE(object anyset)
    bint PySet_Contains(object anyset, object key) except -1
    int PySet_Add(object set, object key) except -1
    int PySet_Discard(object set, object key) except -1
    object PySet_Pop(object set)
    int PySet_Clear(object set) except -1
