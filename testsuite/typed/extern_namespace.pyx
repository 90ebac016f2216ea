# distutils: language = c++
# cdef extern from "h" namespace "ns": the block's names are C++'s ns::name.
cdef extern from "extern_namespace.h" namespace "geo":
    struct Point:
        double x
        double y
    double norm2(Point p)
    const int ORIGIN_ID
    enum Quadrant:
        FIRST
        SECOND
        THIRD
        FOURTH


def measure(double a, double b):
    cdef Point p
    p.x = a
    p.y = b
    return norm2(p), ORIGIN_ID, p


def quadrant(double x, double y):
    cdef Quadrant q = FIRST if x >= 0 and y >= 0 else SECOND if y >= 0 else THIRD if x < 0 else FOURTH
    return q


print(measure(3, 4), [quadrant(1, 1), quadrant(-1, 1), quadrant(-1, -1), quadrant(1, -1)])
