# <typeinfo>: what typeid() gives.
from libcpp cimport bool

cdef extern from "<typeinfo>" namespace "std" nogil:
    cdef cppclass type_info:
        const char* name()
        bool before(const type_info&)
        bool operator==(const type_info&)
        bool operator!=(const type_info&)
        size_t hash_code()
