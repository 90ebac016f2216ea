# dict objects in CPython's C API.
from .object cimport PyObject

cdef extern from "Python.h":
    dict PyDict_New()
    bint PyDict_Check(object o)
    bint PyDict_CheckExact(object o)
    void PyDict_Clear(object d)
    int PyDict_Contains(object d, object key) except -1
    dict PyDict_Copy(object d)
    int PyDict_SetItem(object d, object key, object value) except -1
    int PyDict_SetItemString(object d, const char *key, object value) except -1
    int PyDict_DelItem(object d, object key) except -1
    int PyDict_DelItemString(object d, const char *key) except -1
    PyObject *PyDict_GetItem(object d, object key)
    PyObject *PyDict_GetItemString(object d, const char *key)
    PyObject *PyDict_GetItemWithError(object d, object key) except? NULL
    list PyDict_Items(object d)
    list PyDict_Keys(object d)
    list PyDict_Values(object d)
    Py_ssize_t PyDict_Size(object d) except -1
    int PyDict_Update(object a, object b) except -1
