# pyxc's declarations of the C++ standard library (written from the C++
# standard), cimported as Cython's libcpp: `from libcpp.vector cimport vector`.
cdef extern from *:
    ctypedef bint bool
    ctypedef void* nullptr_t
    nullptr_t nullptr
