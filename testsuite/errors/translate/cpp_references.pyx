# distutils: language = c++
# C++ rvalue references are not Cython's: declared, as parameters, as
# results (Cython's errors).
cdef extern from *:
    void take(int&& x)
    int&& give()

cdef int&& x
