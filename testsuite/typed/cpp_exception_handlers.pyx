# distutils: language = c++
# libcpp.exception: C++ exceptions caught by handlers written in Cython
# (cdef functions taking `const E&`, tried in order by
# delegate_to_exception_handlers), a C++ exception carried inside a Python
# one (exception_ptr_error_handler) and thrown again; reference parameters
# of cdef functions reach the caller's object.
from libcpp.exception cimport (
    exception_ptr, exception_ptr_error_handler, rethrow_exception,
    wrapped_exception_ptr_from_exception, delegate_to_exception_handlers,
    runtime_error, logic_error,
)
from libcpp.vector cimport vector

class Long(Exception):
    pass

class Logic(Exception):
    pass

cdef void long_messages(const runtime_error& e) except *:
    cdef bytes message = e.what()
    if len(message) > 20:
        raise Long(message.decode("ascii"))

cdef void logic(const logic_error& e) except *:
    raise Logic(e.what().decode("ascii"))

cdef void handle() except *:
    delegate_to_exception_handlers(long_messages, &logic)

cdef extern from *:
    """
    #include <stdexcept>
    #include <new>
    void fail(int what) {
        if (what == 0) throw std::runtime_error("a long runtime error message");
        if (what == 1) throw std::runtime_error("short");
        if (what == 2) throw std::logic_error("illogical");
        if (what == 3) throw std::out_of_range("out of range");
        throw std::bad_alloc();
    }
    """
    void fail_delegated "fail"(int what) except +handle
    void fail_wrapped "fail"(int what) except +exception_ptr_error_handler

cdef void grow(vector[int]& v, int n):
    v.push_back(n)

def delegated(int what):
    try:
        fail_delegated(what)
    except Exception as e:
        return type(e).__name__, str(e)

def wrapped(int what):
    cdef exception_ptr held
    try:
        fail_wrapped(what)
    except Exception as e:
        first = type(e).__name__
        held = wrapped_exception_ptr_from_exception(e)
        try:
            rethrow_exception(held)
        except Exception as again:
            return first, type(again).__name__, str(again)

def references():
    cdef vector[int] v
    grow(v, 4)
    grow(v, 5)
    return v

print([delegated(i) for i in range(5)])
print([wrapped(i) for i in range(5)])
print(references())
try:
    handle()
except SystemError as e:
    print("SystemError")
