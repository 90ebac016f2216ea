# Weak references in CPython's C API.
from .object cimport PyObject

cdef extern from "Python.h":
    bint PyWeakref_Check(object ob)
    bint PyWeakref_CheckRef(object ob)
    bint PyWeakref_CheckProxy(object ob)
    object PyWeakref_NewRef(object ob, object callback)
    object PyWeakref_NewProxy(object ob, object callback)
    # Borrowed: Py_None once the referent is gone.
    PyObject *PyWeakref_GetObject(object ref) except NULL
    PyObject *PyWeakref_GET_OBJECT(object ref)
