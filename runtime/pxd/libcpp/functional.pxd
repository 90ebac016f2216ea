# <functional>: function objects, std::function, reference_wrapper.
from libcpp cimport bool

cdef extern from "<functional>" namespace "std" nogil:
    cdef cppclass function[T]:
        function() except +
        function(T*) except +
        function(function&) except +
        function(void*) except +
        function operator=(T*)
        function operator=(function&)
        function operator=(void*)
        bint operator bool()

    cdef cppclass greater[T=*]:
        greater() except +
        bool operator()(const T&, const T&) except +
    cdef cppclass less[T=*]:
        less() except +
        bool operator()(const T&, const T&) except +
    cdef cppclass greater_equal[T=*]:
        greater_equal() except +
        bool operator()(const T&, const T&) except +
    cdef cppclass less_equal[T=*]:
        less_equal() except +
        bool operator()(const T&, const T&) except +
    cdef cppclass equal_to[T=*]:
        equal_to() except +
        bool operator()(const T&, const T&) except +
    cdef cppclass not_equal_to[T=*]:
        not_equal_to() except +
        bool operator()(const T&, const T&) except +
    cdef cppclass plus[T=*]:
        plus() except +
        T operator()(const T&, const T&) except +
    cdef cppclass minus[T=*]:
        minus() except +
        T operator()(const T&, const T&) except +
    cdef cppclass multiplies[T=*]:
        multiplies() except +
        T operator()(const T&, const T&) except +

    cdef cppclass reference_wrapper[T]:
        reference_wrapper()
        reference_wrapper(T&) except +
        T& get() const
