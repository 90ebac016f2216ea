# Context variables in CPython's C API (contextvars: Context, ContextVar,
# Token), and two helpers that read a variable's value as an object.
from cpython.object cimport PyObject
from cpython.ref cimport Py_XDECREF

cdef extern from "Python.h":
    bint PyContext_CheckExact(object obj)
    bint PyContextVar_CheckExact(object obj)
    bint PyContextToken_CheckExact(object obj)

    # A new empty Context; a copy of one; a copy of the current one.
    object PyContext_New()
    object PyContext_Copy(object ctx)
    object PyContext_CopyCurrent()
    # Make ctx the current context, and back (as Context.run does around a call).
    int PyContext_Enter(object ctx) except -1
    int PyContext_Exit(object ctx) except -1

    # ContextVar(name) or ContextVar(name, default=...): default_value NULL
    # for none.
    object PyContextVar_New(const char *name, PyObject *default_value)
    object PyContextVar_New_with_default "PyContextVar_New" (const char *name, object default_value)

    # Stores a new reference to the variable's value in *value: the value in
    # the current context, else default_value, else the variable's default,
    # else NULL (no exception).
    int PyContextVar_Get(object var, PyObject *default_value, PyObject **value) except -1
    int PyContextVar_Get_with_default "PyContextVar_Get" (object var, object default_value,
                                                          PyObject **value) except -1

    # var.set(value): returns the Token that var.reset(token) takes.
    object PyContextVar_Set(object var, object value)
    int PyContextVar_Reset(object var, object token) except -1


# The variable's value in the current context, else its default, else
# default_value (None unless given).
cdef inline object get_value(var, default_value=None):
    cdef PyObject *value = NULL
    PyContextVar_Get(var, NULL, &value)
    if value is NULL:
        return default_value
    result = <object>value
    Py_XDECREF(value)  # PyContextVar_Get gave a reference of its own
    return result

# The variable's value in the current context, else default_value (the
# variable's own default is not used).
cdef inline object get_value_no_default(var, default_value=None):
    cdef PyObject *value = NULL
    PyContextVar_Get(var, <PyObject *>default_value, &value)
    result = <object>value
    Py_XDECREF(value)
    return result
