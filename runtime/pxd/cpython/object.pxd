# The object protocol of CPython's C API. Functions declared to return
# `object` return a new reference (NULL raises); PyObject* is borrowed.
from libc.stdio cimport FILE

cdef extern from "Python.h":
    ctypedef struct PyObject  # declared below, with its fields

    # The C signatures of a type's slots.
    ctypedef object (*newfunc)(object, PyObject *, PyObject *)  # the type, args or NULL, kwargs or NULL
    ctypedef object (*unaryfunc)(object)
    ctypedef object (*binaryfunc)(object, object)
    ctypedef object (*ternaryfunc)(object, object, object)
    ctypedef int (*inquiry)(object) except -1
    ctypedef Py_ssize_t (*lenfunc)(object) except -1
    ctypedef object (*ssizeargfunc)(object, Py_ssize_t)
    ctypedef object (*ssizessizeargfunc)(object, Py_ssize_t, Py_ssize_t)
    ctypedef int (*ssizeobjargproc)(object, Py_ssize_t, object) except -1
    ctypedef int (*ssizessizeobjargproc)(object, Py_ssize_t, Py_ssize_t, object) except -1
    ctypedef int (*objobjargproc)(object, object, object) except -1
    ctypedef int (*objobjproc)(object, object) except -1
    ctypedef Py_hash_t (*hashfunc)(object) except -1
    ctypedef object (*reprfunc)(object)
    ctypedef int (*cmpfunc)(object, object) except -2   # Python 2's tp_compare
    ctypedef object (*richcmpfunc)(object, object, int)
    ctypedef void (*destructor)(PyObject *)
    ctypedef int (*visitproc)(PyObject *, void *) except -1
    ctypedef int (*traverseproc)(PyObject *, visitproc, void *) except -1
    ctypedef void (*freefunc)(void *)
    ctypedef object (*descrgetfunc)(object, object, object)
    ctypedef int (*descrsetfunc)(object, object, object) except -1
    ctypedef object (*PyCFunction)(object, object)

    # One entry of a type's or module's method table.
    ctypedef struct PyMethodDef:
        const char *ml_name
        PyCFunction ml_meth
        int ml_flags
        const char *ml_doc

    # The type object's fields C code reads most (the full struct is larger).
    ctypedef struct PyTypeObject:
        const char *tp_name
        const char *tp_doc
        Py_ssize_t tp_basicsize
        Py_ssize_t tp_itemsize
        Py_ssize_t tp_dictoffset
        unsigned long tp_flags
        newfunc tp_new
        destructor tp_dealloc
        destructor tp_del
        destructor tp_finalize
        traverseproc tp_traverse
        inquiry tp_clear
        freefunc tp_free
        ternaryfunc tp_call
        hashfunc tp_hash
        reprfunc tp_str
        reprfunc tp_repr
        cmpfunc tp_compare
        richcmpfunc tp_richcompare
        PyMethodDef *tp_methods
        PyTypeObject *tp_base
        PyObject *tp_dict
        descrgetfunc tp_descr_get
        descrsetfunc tp_descr_set
        unsigned int tp_version_tag

    # Every object's header: its reference count and its type.
    ctypedef struct PyObject:
        Py_ssize_t ob_refcnt
        PyTypeObject *ob_type

    # The object allocator (for memory that Python objects' own code keeps).
    void *PyObject_Malloc(size_t size)
    void *PyObject_Realloc(void *ptr, size_t size)
    void PyObject_Free(void *ptr)

    # Writes repr(o) (or str(o) with Py_PRINT_RAW) to a C file.
    int PyObject_Print(object o, FILE *fp, int flags) except -1
    int PyObject_DelAttrString(object o, const char *name) except -1
    # The attribute lookups object itself does (for tp_getattro and friends).
    object PyObject_GenericGetAttr(object o, object name)
    int PyObject_GenericSetAttr(object o, object name, object value) except -1
    object PyObject_GenericGetDict(object o, void *context)
    int PyObject_GenericSetDict(object o, object value, void *context) except -1
    # Calls with a Py_BuildValue format, and with objects ending in NULL.
    object PyObject_CallFunction(object callable, char *format, ...)
    object PyObject_CallMethod(object o, char *name, char *format, ...)
    object PyObject_CallFunctionObjArgs(object callable, ...)
    object PyObject_CallMethodObjArgs(object o, object name, ...)
    # len(o), or o.__length_hint__(), or `default`.
    Py_ssize_t PyObject_LengthHint(object o, Py_ssize_t default) except -1
    # o's fileno(): an int, or its fileno() method's result.
    int PyObject_AsFileDescriptor(object o) except -1
    # Python 2's comparison (absent from Python 3's headers).
    int PyObject_Cmp(object o1, object o2, int *result) except -1
    int PyObject_Compare(object o1, object o2) except *
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
