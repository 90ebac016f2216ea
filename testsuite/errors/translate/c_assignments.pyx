# Assignments between C types, checked as Cython checks them: numbers and
# pointers do not mix; function pointers need the same signature, nogil
# where the pointer is, and compatible exception values.
cdef int maybe_minus2(int bad) except? -2:
    return 0

cdef extern from *:
    cdef int star(int bad) except *
    cdef void plain()
    cdef void (*nogil_pointer)() nogil
    struct callbacks:
        int (*func_ptr)(int param) nogil

cdef int implicit_except(int param) nogil:
    return param

cdef void f(obj):
    cdef int (*exact)(int) except -2
    cdef int (*never)(int) noexcept
    cdef int (*checked)(int) except *
    cdef int i
    cdef char *text = NULL
    cdef int *numbers = NULL
    exact = maybe_minus2
    never = star
    checked = star
    checked = maybe_minus2
    i = text
    numbers = obj
    obj = numbers
    cdef callbacks c = callbacks(&implicit_except)

nogil_pointer = plain

cdef char *bad_error_value() except -1:
    return NULL

cdef struct opaque
cdef size_t n = sizeof(opaque)

cdef class A:
    cpdef a(int not_self):
        pass

cdef extern int returns_function()()

cdef int g():
    cdef int (*h)()
    h = <int ()>g
    return 0
