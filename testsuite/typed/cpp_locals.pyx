# distutils: language = c++
# cython: cpp_locals=True
# cpp_locals: C++ class locals are made when first assigned, so classes
# without a nullary constructor can be locals (and be reassigned); their
# methods are called on the value; parameters stay plain values.
cdef extern from *:
    """
    struct Counted {
        Counted() = delete;
        explicit Counted(int v) : value(v) {}
        int value;
        int twice() const { return 2 * value; }
    };
    """
    cdef cppclass Counted:
        Counted(int)
        int value
        int twice()

cdef int total(Counted c):
    cdef Counted more = Counted(c.value + 1)
    return c.value + more.twice()

def locals_(int n):
    c = Counted(n)
    first = c.twice()
    c = Counted(n * 10)
    c.value += 1
    return first, c.twice(), c.value, total(c)

def in_loop(int n):
    cdef int i, s = 0
    for i in range(n):
        item = Counted(i)
        s += item.twice()
    return s, item.value

print(locals_(3))
print(in_loop(4))
