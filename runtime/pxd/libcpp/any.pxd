# <any> (C++17): one value of any copyable type.
from libcpp cimport bool
from libcpp.typeinfo cimport type_info

cdef extern from "<any>" namespace "std" nogil:
    cdef cppclass any:
        any()
        any(any&) except +
        void reset()
        bool has_value()
        type_info& type()
        T& emplace[T](...) except +
        void swap(any&)
        any& operator=(any&) except +
        any& operator=[U](U&) except +

    # std::bad_any_cast (a TypeError, as Cython maps bad_cast) when it holds another type.
    T any_cast[T](any&) except +
