# Descriptors in CPython's C API: the slot wrappers that expose a type's C
# slots (`list.__len__`) as Python attributes.
from .object cimport PyObject, PyTypeObject

cdef extern from "Python.h":
    ctypedef object (*wrapperfunc)(self, args, void* wrapped)
    ctypedef object (*wrapperfunc_kwds)(self, args, void* wrapped, kwds)

    # One slot's wrapper (an entry of CPython's slot table).
    struct wrapperbase:
        char* name
        int offset
        void* function
        wrapperfunc wrapper
        char* doc
        int flags
        PyObject* name_strobj

    int PyWrapperFlag_KEYWORDS

    # What every descriptor of a type's attribute starts with: the type and
    # the attribute's name (borrowed pointers: the descriptor owns them).
    ctypedef struct PyDescrObject:
        PyTypeObject *d_type
        PyObject *d_name
        PyObject *d_qualname

    # The type of `object.__init__` and friends. (Cython's declaration puts
    # d_type and d_name here, which CPython 3 keeps in d_common.)
    ctypedef class __builtin__.wrapper_descriptor [object PyWrapperDescrObject]:
        cdef PyDescrObject d_common
        cdef wrapperbase* d_base
        cdef void* d_wrapped

    object PyDescr_NewWrapper(PyTypeObject* cls, wrapperbase* wrapper, void* wrapped)
    # Whether the descriptor defines __set__ or __delete__ (a data descriptor).
    int PyDescr_IsData(descr)
