# distutils: language = c++
# libcpp.any (C++17): values emplaced by member templates given their
# arguments (`a.emplace[double](...)`), any_cast (TypeError, as Cython
# maps std::bad_any_cast, for another type), reset and swap.
from libcpp.any cimport any, any_cast
from libcpp.utility cimport pair
from libcpp.vector cimport vector

def values():
    cdef any a, b
    out = [a.has_value()]
    a.emplace[int](42)
    out.append(any_cast[int](a))
    a.emplace[double](3.5)
    out.append(any_cast[double](a))
    try:
        any_cast[int](a)
    except TypeError:
        out.append("TypeError")
    a.emplace[pair[int, int]](1, 2)
    out.append(any_cast[pair[int, int]](a))
    b.emplace[vector[int]](3, 7)
    a.swap(b)
    out.append(any_cast[vector[int]](a))
    b.reset()
    out.append((a.has_value(), b.has_value()))
    return out

print(values())
