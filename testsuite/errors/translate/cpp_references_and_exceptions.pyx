# distutils: language = c++
cdef f(object& x):
    pass

cdef g(list&& x):
    pass

cdef int h() except +ValueError:
    return 0
