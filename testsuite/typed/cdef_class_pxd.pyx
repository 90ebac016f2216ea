# A cdef class declared in the module's .pxd and implemented here; a
# subclass overriding a C method; cycles through object attributes.
import gc

cdef class Pool:
    def __cinit__(self):
        self.size = 0
        self.addresses = {}
        self.refs = []

    cdef long alloc(self, size_t number, size_t size) except -1:
        if number == 0:
            raise ValueError("nothing to allocate")
        key = len(self.addresses) + 1
        self.addresses[key] = number * size
        self.size += number * size
        return key

    cdef void free(self, long key):
        self.size -= self.addresses.pop(key)

    cpdef int count(self):
        return len(self.addresses)

    def own(self, obj):
        self.refs.append(obj)


cdef class Tracked(Pool):
    cdef void free(self, long key):
        Pool.free(self, key)
        self.frees += 1


def use(Pool pool):
    a = pool.alloc(4, 8)
    b = pool.alloc(2, 2)
    print(pool.size, pool.count(), sorted(pool.addresses.items()))
    pool.free(a)
    print(pool.size, pool.count())
    try:
        pool.alloc(0, 1)
    except ValueError as e:
        print("ValueError", e)
    return b


class Node:
    def __init__(self, pool):
        self.pool = pool


use(Pool())
t = Tracked()
use(t)
print(t.frees, isinstance(t, Pool))
try:
    t.refs
except AttributeError as e:
    print("AttributeError", e)
# A cycle through a C attribute: the collector frees it.
p = Pool()
p.own(Node(p))
del p
print("collected", gc.collect() > 0)
