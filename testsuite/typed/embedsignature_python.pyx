# cython: embedsignature=True, embedsignature.format=python, annotation_typing=False
# Signatures in Python's spelling: C types as the Python types they convert
# to, annotations as written, docstrings cleaned; attribute docstrings.
cdef class E:
    cdef readonly int a
    """a doc"""
    cdef readonly object b
    """b doc"""
    cdef public list c
    """c doc"""
    cdef public double complex z
    cdef public bint q
    cdef public unicode s
    cdef public E e
    cdef public char *chars
    property p:
        "pdoc"
        def __get__(self) -> int: return 1
    property p2:
        def __get__(self) -> int: return 1
    property p3:
        def __get__(self): return 1
    @property
    def p4(self) -> int:
        "p4 doc"
        return 1
    def f(self, char* a, dict d, tuple t=(1,2), x=None, y=-1, z=[1, 2], b=b"y", q=lambda:1, **kw) -> dict:
        """
        f doc
          indented
        """
    cpdef long double g(self, unsigned int a, Py_UCS4 u, E e, float f=1.5):
        pass
    cpdef unsigned int h(self, unsigned int a: float):
        pass
    @staticmethod
    def st(int a, *, b=2): pass
    @classmethod
    def cm(type cls, int a, /, b): pass

cpdef void v(): pass

for n in "a b c z q s e chars p p2 p3 p4 f g h st cm".split():
    print(n, repr(getattr(E, n).__doc__))
print(repr(v.__doc__))
