# <exception> and <stdexcept>: the standard exception classes (names for
# handlers: `cdef void f(const runtime_error& e)`), std::exception_ptr,
# and pyxc's helpers that carry a C++ exception through Python code.
from libcpp cimport bool

cdef extern from "<exception>" namespace "std" nogil:
    cdef cppclass exception:
        const char* what() noexcept

    cdef cppclass bad_exception(exception):
        pass

    cdef cppclass exception_ptr:
        bool operator bool()

    exception_ptr current_exception() noexcept
    void rethrow_exception(exception_ptr) except +
    exception_ptr make_exception_ptr[E](E e) noexcept
    int uncaught_exceptions() noexcept

# The classes a C++ library throws; their constructors are left out, as a
# module catches them (it does not throw them).
cdef extern from "<stdexcept>" namespace "std" nogil:
    cdef cppclass logic_error(exception):
        pass
    cdef cppclass domain_error(logic_error):
        pass
    cdef cppclass invalid_argument(logic_error):
        pass
    cdef cppclass length_error(logic_error):
        pass
    cdef cppclass out_of_range(logic_error):
        pass
    cdef cppclass runtime_error(exception):
        pass
    cdef cppclass range_error(runtime_error):
        pass
    cdef cppclass overflow_error(runtime_error):
        pass
    cdef cppclass underflow_error(runtime_error):
        pass

cdef extern from "<typeinfo>" namespace "std" nogil:
    cdef cppclass bad_cast(exception):
        pass
    cdef cppclass bad_typeid(exception):
        pass

cdef extern from "<new>" namespace "std" nogil:
    cdef cppclass bad_alloc(exception):
        pass

# pyxc/cpp.h: a C++ exception inside a Python one, and back.
cdef extern from *:
    # `except +exception_ptr_error_handler`: the Python exception Cython's
    # mapping gives, whose one argument holds the C++ exception itself.
    void exception_ptr_error_handler "pyxc::cpp::raiseWithExceptionPtr"() except *
    # The C++ exception such a Python exception holds (ValueError if none).
    exception_ptr wrapped_exception_ptr_from_exception "pyxc::cpp::exceptionPtrOf"(e) except *
    # In an `except +handler` function: calls the first of the given
    # handlers (`void f(const E&)` for the exception's class E, or `void f()`
    # for any) whose class the C++ exception has and which raises a Python
    # exception; when none does, the C++ exception goes on (Cython's mapping).
    void delegate_to_exception_handlers "pyxc::cpp::delegateToExceptionHandlers"(...) except +*
