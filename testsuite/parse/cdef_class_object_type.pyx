cdef public class Shape [object ShapeObject, type ShapeType]:
    cdef double area
