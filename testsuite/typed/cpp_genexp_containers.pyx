# distutils: language = c++
# A generator expression over a C++ container loops over a copy of it made
# when the expression is evaluated (as Cython copies it: later changes to
# the container are not seen), with C++ iterators: the class's own, or
# pointers as begin() returns them; its items are C values.
from libcpp.vector cimport vector

cdef extern from *:
    """
    class Span {
    public:
        Span() {}
        Span(double *start, int n) : start_(start), n_(n) {}
        double *begin() { return start_; }
        double *end() { return start_ + n_; }
    private:
        double *start_ = nullptr;
        int n_ = 0;
    };
    """
    cdef cppclass Span:
        Span()
        Span(double *start, int n)
        double *begin()
        double *end()

def copied():
    cdef vector[int] v = [1, 2, 3]
    g = (x * 2 for x in v)
    v.push_back(4)
    return list(g)

def through_pointer():
    cdef vector[int] v = [1, 2, 3]
    cdef vector[int] *p = &v
    return list(x for x in p[0]), sum(x + y for x in v for y in v)

def pointer_iterators():
    cdef double *values = [1, 2.5, 4]
    cdef Span *span = new Span(values, 3)
    try:
        return list(x / 2 for x in span[0])
    finally:
        del span

print(copied())
print(through_pointer())
print(pointer_iterators())
