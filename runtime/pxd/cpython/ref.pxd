# Reference counting in CPython's C API.
from .object cimport PyObject
from .object cimport PyTypeObject, Py_TYPE  # also here, as Cython's declarations have them

cdef extern from "Python.h":
    void Py_INCREF(object o)
    void Py_XINCREF(PyObject *o)
    void Py_DECREF(object o)
    void Py_XDECREF(PyObject *o)
    void Py_CLEAR(PyObject *o)
    Py_ssize_t Py_REFCNT(object o)

cdef extern from "Python.h":
    # Py_REFCNT on a PyObject pointer.
    Py_ssize_t _Py_REFCNT "Py_REFCNT" (PyObject *ptr)
    # Free-threading and immortal objects (Python 3.13 and 3.14).
    int PyUnstable_IsImmortal(object o)
    int PyUnstable_Object_IsUniquelyReferenced(object o)
    int PyUnstable_Object_IsUniqueReferencedTemporary(object o)
    int PyUnstable_Object_EnableDeferredRefcount(object o)
    void PyUnstable_EnableTryIncRef(object o)
    bint PyUnstable_TryIncRef(PyObject *o)
