# Generator objects in CPython's C API.
from .pystate cimport PyFrameObject

cdef extern from "Python.h":
    bint PyGen_Check(object ob)
    bint PyGen_CheckExact(object ob)
    object PyGen_New(PyFrameObject *frame)
    object PyGen_NewWithQualName(PyFrameObject *frame, object name, object qualname)
