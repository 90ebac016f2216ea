cimport cython

def deco(f):
    return f

cdef class Prop:
    @property
    @deco
    def a(self):
        return 1

    @property
    def b(self):
        return 2

    @b.setter
    def c(self, value):
        pass

cdef enum Color:
    red

cdef enum Color:
    blue
