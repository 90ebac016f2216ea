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

    # The slot ids of PyType_Slot and PyType_GetSlot() (typeslots.h).
    enum:
        Py_bf_getbuffer
        Py_bf_releasebuffer
        Py_mp_ass_subscript
        Py_mp_length
        Py_mp_subscript
        Py_nb_absolute
        Py_nb_add
        Py_nb_and
        Py_nb_bool
        Py_nb_divmod
        Py_nb_float
        Py_nb_floor_divide
        Py_nb_index
        Py_nb_inplace_add
        Py_nb_inplace_and
        Py_nb_inplace_floor_divide
        Py_nb_inplace_lshift
        Py_nb_inplace_multiply
        Py_nb_inplace_or
        Py_nb_inplace_power
        Py_nb_inplace_remainder
        Py_nb_inplace_rshift
        Py_nb_inplace_subtract
        Py_nb_inplace_true_divide
        Py_nb_inplace_xor
        Py_nb_int
        Py_nb_invert
        Py_nb_lshift
        Py_nb_multiply
        Py_nb_negative
        Py_nb_or
        Py_nb_positive
        Py_nb_power
        Py_nb_remainder
        Py_nb_rshift
        Py_nb_subtract
        Py_nb_true_divide
        Py_nb_xor
        Py_sq_ass_item
        Py_sq_concat
        Py_sq_contains
        Py_sq_inplace_concat
        Py_sq_inplace_repeat
        Py_sq_item
        Py_sq_length
        Py_sq_repeat
        Py_tp_alloc
        Py_tp_base
        Py_tp_bases
        Py_tp_call
        Py_tp_clear
        Py_tp_dealloc
        Py_tp_del
        Py_tp_descr_get
        Py_tp_descr_set
        Py_tp_doc
        Py_tp_getattr
        Py_tp_getattro
        Py_tp_hash
        Py_tp_init
        Py_tp_is_gc
        Py_tp_iter
        Py_tp_iternext
        Py_tp_methods
        Py_tp_new
        Py_tp_repr
        Py_tp_richcompare
        Py_tp_setattr
        Py_tp_setattro
        Py_tp_str
        Py_tp_traverse
        Py_tp_members
        Py_tp_getset
        Py_tp_free
        Py_nb_matrix_multiply
        Py_nb_inplace_matrix_multiply
        Py_am_await
        Py_am_aiter
        Py_am_anext
        Py_tp_finalize
