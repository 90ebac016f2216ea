# distutils: language = c++
# Cython's errors for C++ class types and calls: template arguments,
# members, overloads, `new`.
from libcpp.vector cimport vector

cdef extern from *:
    cdef cppclass Shape:
        Shape()
        Shape(int)
        Shape(double)
        int area()
        void resize(int, int)
        void resize(double, double)

def errors(Shape *p):
    cdef vector[int, int, int] three
    cdef vector[object] objects
    cdef vector[int[:]] views
    cdef Shape s
    s.perimeter()
    s.resize(b"x", 2)
    q = new Shape(b"x")
    x = new int()
    return p.area()
