# Argument-count errors of cdef class methods leave self out, as Cython's
# method wrappers word them; Python classes' methods count it.
cdef class C:
    def none(self): pass
    def one(self, a): pass
    def two(self, a, b): pass
    def dflt(self, a, b=1): pass
    def kw(self, a, *, k): pass

class P:
    def one(self, a): pass

def one(a): pass

c = C()
p = P()
for call in ["c.none(1)", "c.one()", "c.one(1, 2)", "c.two(1)", "c.two(1, 2, 3)", "c.dflt()", "c.dflt(1, 2, 3)",
             "c.kw()", "c.kw(1)", "C.one()", "C.two(c)", "p.one()", "one()", "c.one(a=1, b=2)", "one(a=1, b=2)"]:
    try:
        eval(call)
    except TypeError as e:
        print(call, "->", e)
