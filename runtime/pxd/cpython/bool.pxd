# bool objects in CPython's C API.
cdef extern from "Python.h":
    bint PyBool_Check(object o)
    bool PyBool_FromLong(long v)
    # Py_True and Py_False are singletons; Py_RETURN_TRUE is C only.
