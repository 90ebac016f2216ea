cdef extern from "shapes.h":
    cppclass Shape:
        double area() const
    cppclass Circle(Shape):
        Circle(double r) except +MemoryError
