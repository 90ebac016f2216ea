# Cython's checks of C values: what '&' may take, what may index what, which
# operands compare, and which C types cross to Python (def parameters,
# public attributes).
cdef struct Foo:
    int i

cdef class Holder:
    cdef object o
    cdef public Foo *foo
    cdef readonly void *data

def address_of(int a, o):
    cdef Holder h = Holder()
    p1 = &o
    p2 = &o.xyz
    p3 = &h.o
    p4 = &(a + 1)
    p5 = &(o + 1)

def indexing(obj):
    cdef int[4] array
    cdef float f = 0
    cdef float *pf = NULL
    cdef int n = 0
    x = array[f]
    y = n[0]
    z = obj[pf]

def comparisons(o):
    cdef int *pi = NULL
    cdef char *pc = NULL
    cdef int n = 0
    return pi == o, n == pc, pc == pi

def pointer_parameter(Foo *p):
    pass
