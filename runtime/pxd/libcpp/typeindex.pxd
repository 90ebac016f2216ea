# <typeindex>: a type_info usable as a key of ordered and hashed containers.
from libcpp cimport bool
from libcpp.typeinfo cimport type_info

cdef extern from "<typeindex>" namespace "std" nogil:
    cdef cppclass type_index:
        type_index(const type_info&)
        const char* name()
        size_t hash_code()
        bool operator==(const type_index&)
        bool operator!=(const type_index&)
        bool operator<(const type_index&)
        bool operator<=(const type_index&)
        bool operator>(const type_index&)
        bool operator>=(const type_index&)
