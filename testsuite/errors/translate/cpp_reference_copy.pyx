# distutils: language = c++
# A Python object passed where a C++ function takes a container by
# reference: converted into a copy that the function changes (Cython's
# warning; the module is still written; the error at the end makes the file fail).
from libcpp.vector cimport vector

cdef extern from *:
    """
    static void grow(std::vector<int> &v) { v.push_back(1); }
    """
    void grow(vector[int]& v)

def f(list items):
    grow(items)
    cdef int n = 0
    del n  # (an error after the warning, so that the file fails as this folder's files do)
    return items
