# distutils: language = c++
# A C++ class whose bases lead back to itself (Cython crashes on it).
cdef extern from *:
    cdef cppclass A(A):
        int x
    cdef cppclass B[T](B[T]):
        T y
    cdef cppclass C(D)
    cdef cppclass D(C):
        pass

def f(A *a):
    return a.z
