# distutils: language = c++
# Cython's errors for C++ values: stack allocation without a nullary
# constructor, `del` of what `new` did not make, truth without operator bool.
from libcpp.string cimport string

cdef extern from *:
    cdef cppclass Sized:
        Sized(int)

def errors():
    cdef Sized s = Sized(1)
    cdef int n = 3
    cdef string text
    del text
    del n
    if text:
        pass
    return not text
