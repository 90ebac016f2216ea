cdef Point p = Point(1.0, 2.0)
cdef Point q = Point(x=1.0, y=2.0)
