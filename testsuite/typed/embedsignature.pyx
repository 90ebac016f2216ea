# cython: embedsignature=True
# embedsignature=True: docstrings start with the signature, as Cython writes it.
def f(a, b=1, *args, c, d=2, **kw):
    "Doc of f."
    pass

def g(int x, double y=1.5, list z=None) -> int:
    return x

cpdef int h(long n, bint flag=True):
    """Doc of h."""
    return n

def k(x, /, y: object = "s", *, z=0.5):
    pass

def outer():
    def inner(a, b=(1, 2)):
        pass
    return inner

class C:
    def m(self, v):
        "Method."
    @staticmethod
    def s(q=None):
        pass

def nodoc():
    pass

for o in (f, g, h, k, C.m, C.s, nodoc, outer()):
    print(repr(o.__doc__))
