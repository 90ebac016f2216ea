# A cdef class with Python classes among its bases (which add no instance
# dict): the type is made at its class statement, its subclasses too.
cdef class CBase:
    cdef int a
    cdef c_method(self):
        return "CBase"
    cpdef cp_method(self):
        return "CBase"

class Mixin(object):
    __slots__ = []
    def py_method(self):
        return "Mixin"

cdef class Both(CBase, Mixin):
    cdef c_method(self):
        return "Both"
    cpdef cp_method(self):
        return "Both"
    def call_c_method(self):
        return self.c_method()

cdef class BothSub(Both):
    pass

def typed(Both b):
    return b.c_method(), b.cp_method()

for cls in (Both, BothSub):
    b = cls()
    print(cls.__name__, b.py_method(), b.cp_method(), b.call_c_method(), isinstance(b, CBase),
          isinstance(b, Mixin), [k.__name__ for k in cls.__mro__], typed(b))
