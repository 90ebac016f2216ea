# Class decorators: @cython.internal (out of the module's dict), @cython.freelist
# (freed instances reused), @cython.no_gc_clear (attributes kept for __dealloc__).
cimport cython

@cython.internal
cdef class Hidden:
    cdef int v
    def get(self):
        return self.v

def make_hidden():
    h = Hidden()
    h.v = 5
    return h

@cython.freelist(4)
cdef class Pooled:
    cdef public int n
    cdef object payload
    def __init__(self, n):
        self.n = n
        self.payload = [n]

cdef class Sub(Pooled):
    pass

log = []

@cython.no_gc_clear
cdef class Keeper:
    cdef object partner
    cdef public str name
    def __init__(self, name):
        self.name = name
    def __dealloc__(self):
        # with no_gc_clear, the partner is still here during collection
        log.append((self.name, self.partner is not None))

def cycle():
    import gc
    cdef Keeper a = Keeper("a"), b = Keeper("b")
    # the cycle runs through lists, which the collector clears
    a.partner = [b]
    b.partner = [a]
    a = b = None
    gc.collect()
    return sorted(log)

def pool():
    items = [Pooled(i) for i in range(10)]
    ids = {id(p) for p in items}
    del items
    again = [Pooled(i) for i in range(3)]
    reused = sum(id(p) in ids for p in again)
    subs = [Sub(i).n for i in range(3)]
    return [p.n for p in again], reused > 0, subs, type(again[0]).__name__

print(make_hidden().get(), type(make_hidden()).__name__, "Hidden" in globals())
print(pool())
print(cycle())
