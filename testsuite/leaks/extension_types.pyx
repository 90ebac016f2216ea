# Extension type instances created and destroyed: object, C and typed
# attributes, subclasses with C methods, cycles through instances, GC'd
# containers, exceptions raised from methods, properties, a freelist.
cimport cython

cdef class Node:
    cdef public object value
    cdef Node next
    cdef double weight
    cdef list children

    def __init__(self, value, Node next=None):
        self.value = value
        self.next = next
        self.weight = 1.5
        self.children = [value, (value,)]

    cdef double total(self):
        cdef double t = self.weight
        if self.next is not None:
            t += self.next.total()
        return t

    @property
    def size(self):
        return len(self.children)

cdef class Leaf(Node):
    cdef str label

    def __init__(self, value):
        Node.__init__(self, value)
        self.label = str(value)

    cdef double total(self):
        return 2.0

    def fail(self):
        raise ValueError(self.label)

@cython.freelist(8)
cdef class Pooled:
    cdef public object payload

cdef class Holder:
    cdef object item
    cdef dict __dict__

def workload():
    chain = Node("a", Node("b", Leaf(3)))
    chain.total()
    chain.size
    leaf = Leaf("x")
    try:
        leaf.fail()
    except ValueError:
        pass
    # a cycle through instances: collected by the GC
    first = Node([])
    second = Node(first, first)
    first.value.append(second)
    h = Holder()
    h.item = h
    h.extra = [h]
    pool = [Pooled() for _ in range(12)]
    for p in pool:
        p.payload = (p,)
    return chain
