# distutils: language = c++
# Cython's errors for C++ templates and overloads: optional template
# parameters before required ones, arguments for what is no template,
# ambiguous overloads, template parameters no argument gives.
cdef extern from *:
    cdef cppclass Box[T=*, U]:
        pass
    cdef cppclass Plain:
        pass
    cdef cppclass Two:
        Two(int, double)
        Two(double, int)
    T first[T](T*)

def errors():
    cdef Plain[int] p
    t = new Two(1, 2)
    return first(3)
