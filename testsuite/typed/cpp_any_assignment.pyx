# distutils: language = c++
# Assignment through a class's templated operator= (std::any's): the value
# goes as it is, so C++ deduces the literal's own type (int for 1, long for
# -3 as Cython folds it, double for 2.5), a C value's type, or PyObject *
# for an object; typeid() of a type or of a value (cython.operator),
# compared as std::type_info.
from libcpp cimport bool
from libcpp.any cimport any, any_cast
from cython.operator cimport typeid

def held_types():
    cdef any a
    cdef long n = 7
    a = 1
    r = [a.type() == typeid(int), a.type() == typeid(long), any_cast[int](a)]
    a = 2.5
    r += [a.type() == typeid(double), any_cast[double](a)]
    a = n
    r += [a.type() == typeid(long), a.type() == typeid(n), any_cast[long](a)]
    a = -3
    r += [a.type() == typeid(long), any_cast[long](a)]
    return r

def wrong_cast():
    cdef any a
    a = 1
    try:
        any_cast[double](a)
    except TypeError:
        return "TypeError"

def holds_object():
    cdef any a
    a = "text"
    return any_cast[str](a) == "text", a.type() == typeid(object)

print(held_types())
print(wrong_cast())
print(holds_object())
