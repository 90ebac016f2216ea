# The object protocol of CPython's C API. Functions declared to return
# `object` return a new reference (NULL raises); PyObject* is borrowed.
cdef extern from "Python.h":
    ctypedef struct PyObject
    ctypedef struct PyTypeObject
    const int Py_LT
    const int Py_LE
    const int Py_EQ
    const int Py_NE
    const int Py_GT
    const int Py_GE

    bint PyObject_HasAttr(object o, object name)
    bint PyObject_HasAttrString(object o, const char *name)
    object PyObject_GetAttr(object o, object name)
    object PyObject_GetAttrString(object o, const char *name)
    int PyObject_SetAttr(object o, object name, object value) except -1
    int PyObject_SetAttrString(object o, const char *name, object value) except -1
    int PyObject_DelAttr(object o, object name) except -1
    object PyObject_RichCompare(object a, object b, int op)
    int PyObject_RichCompareBool(object a, object b, int op) except -1
    object PyObject_Repr(object o)
    object PyObject_Str(object o)
    object PyObject_ASCII(object o)
    object PyObject_Bytes(object o)
    int PyObject_IsInstance(object inst, object cls) except -1
    int PyObject_IsSubclass(object derived, object cls) except -1
    bint PyCallable_Check(object o)
    object PyObject_Call(object callable, object args, object kwargs)
    object PyObject_CallObject(object callable, object args)
    object PyObject_CallNoArgs(object callable)
    Py_hash_t PyObject_Hash(object o) except? -1
    int PyObject_IsTrue(object o) except -1
    int PyObject_Not(object o) except -1
    object PyObject_Type(object o)
    bint PyObject_TypeCheck(object o, PyTypeObject *type)
    Py_ssize_t PyObject_Size(object o) except -1
    Py_ssize_t PyObject_Length(object o) except -1
    object PyObject_GetItem(object o, object key)
    int PyObject_SetItem(object o, object key, object value) except -1
    int PyObject_DelItem(object o, object key) except -1
    object PyObject_Dir(object o)
    object PyObject_GetIter(object o)
    object PyObject_Format(object o, object spec)
    PyTypeObject *Py_TYPE(object o)
    Py_ssize_t Py_SIZE(object o)             # the item count of a variable-size object
    Py_ssize_t Py_REFCNT(object o)
