cdef vector[int] *v = new vector[int](10)
del v
cdef Foo *f = new Foo()
