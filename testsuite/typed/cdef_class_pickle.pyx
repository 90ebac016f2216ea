# Cython's automatic pickling of cdef classes (auto_pickle): the state is the
# C attributes sorted by name, checksummed as Cython does; classes with a
# __cinit__, pointer or struct attributes refuse; their own __reduce__ wins.
cimport cython

cdef struct Pair:
    int a
    double b

cdef class Base:
    cdef public int n
    cdef list items
    cdef double arr[3]
    def __init__(self, n=0):
        self.n = n
        self.items = [n]
        self.arr[0] = n; self.arr[1] = n * 2; self.arr[2] = -1
    def state(self):
        return (self.n, self.items, self.arr)

cdef class WithDict:
    cdef dict __dict__
    cdef int k
    def __init__(self):
        self.k = 5

cdef class Cinit:
    cdef int v
    def __cinit__(self):
        self.v = 1

cdef class OwnReduce:
    cdef int v
    def __reduce__(self):
        return (OwnReduce, ())

cdef class Child(OwnReduce):
    cdef int w

@cython.auto_pickle(False)
cdef class NoPickle:
    cdef int v

cdef class HasStruct:
    cdef Pair p

@cython.auto_pickle(True)
cdef class ForcedStruct:
    cdef Pair p
    def set(self, a, b):
        self.p.a = a
        self.p.b = b
    def get(self):
        return self.p

cdef class Empty:
    pass

cdef class WithPtr:
    cdef void *p

class PySub(Base):
    pass

import pickle, copy, sys, atexit
this = sys.modules[__name__]

# Under import, the unpickle functions are not defined yet (Cython binds
# them after the module body): once for that, then the rest after import.
try:
    pickle.dumps(Base(1))
except NameError as e:
    print("during import:", e)

def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

def checks():
    b = Base(3)
    for proto in range(0, pickle.HIGHEST_PROTOCOL + 1):
        attempt(f"proto{proto}", lambda: pickle.loads(pickle.dumps(b, proto)).state())
    w = WithDict(); w.extra = [1, 2]
    attempt("dict", lambda: (lambda r: (r.extra, type(r).__name__))(pickle.loads(pickle.dumps(w))))
    attempt("cinit", lambda: pickle.dumps(Cinit()))
    attempt("pointer", lambda: pickle.dumps(WithPtr()))
    attempt("ownreduce", lambda: type(pickle.loads(pickle.dumps(OwnReduce()))).__name__)
    attempt("child", lambda: type(pickle.loads(pickle.dumps(Child()))).__name__)
    attempt("nopickle", lambda: pickle.dumps(NoPickle()))
    attempt("struct", lambda: pickle.dumps(HasStruct()))
    f = ForcedStruct(); f.set(1, 2.5)
    attempt("forced", lambda: pickle.loads(pickle.dumps(f)).get())
    attempt("empty", lambda: type(pickle.loads(pickle.dumps(Empty()))).__name__)
    s = PySub(7); s.tag = "t"
    attempt("pysub", lambda: (lambda r: (r.state(), r.tag))(pickle.loads(pickle.dumps(s))))
    attempt("copy", lambda: copy.deepcopy(b).state())
    attempt("badsum", lambda: this.__pyx_unpickle_Base(Base, 123, (1, [2], [1.0, 2.0, 3.0])))
    attempt("reduce", lambda: b.__reduce_ex__(2)[0].__name__)
    attempt("setstate_bad", lambda: b.__setstate_cython__(([1.0, 2.0, 3.0], "notalist", 1)))
    attempt("setstate_short", lambda: b.__setstate_cython__(([1.0, 2.0, 3.0],)))
    attempt("names", lambda: (hasattr(this, "__pyx_unpickle_Base"), hasattr(this, "__pyx_unpickle_Cinit"),
                              hasattr(this, "__pyx_unpickle_OwnReduce")))

atexit.register(checks)
