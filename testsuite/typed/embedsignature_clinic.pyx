# cython: embedsignature=True, embedsignature.format=clinic, binding=False, annotation_typing=False
# Argument Clinic's signatures: __text_signature__, the docstring cleaned.
def f(a, object b=42, *args, c=123, **kw):
    """
    f doc
    """

def g(unsigned int a: int, unsigned int b: int = 42, /, c=123): pass

def h(arg=lambda z: z + 1): pass

cdef class Foo:
    def m(self, a, b=42, *, c=123, **kwargs):
        "m doc"
    @classmethod
    def c(cls, a): pass
    @staticmethod
    def s(a): pass

for fn in (f, g, h, Foo.m, Foo.c, Foo.s):
    print(repr(fn.__doc__), fn.__text_signature__)
