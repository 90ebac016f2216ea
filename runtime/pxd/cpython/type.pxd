# type objects in CPython's C API.
from .object cimport PyTypeObject

cdef extern from "Python.h":
    bint PyType_Check(object o)
    bint PyType_CheckExact(object o)
    unsigned int PyType_ClearCache()
    void PyType_Modified(type type)
    bint PyType_HasFeature(object o, unsigned long feature)
    bint PyType_IS_GC(object o)
    bint PyType_IsSubtype(type a, type b)
    object PyType_GenericAlloc(type type, Py_ssize_t nitems)
    object PyType_GenericNew(type type, object args, object kwds)
    int PyType_Ready(type type) except -1
    void *PyType_GetSlot(type type, int slot) except? NULL
