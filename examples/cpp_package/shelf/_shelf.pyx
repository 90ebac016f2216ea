# distutils: language = c++
# distutils: sources = src/shelf.cpp
# distutils: include_dirs = src
# Python classes over the C++ library in src/: each owns its C++ object
# (made with new in __cinit__, deleted in __dealloc__); C++ exceptions
# become Python ones (`except +`); strings, vectors and maps convert to
# bytes, lists and dicts.
from libcpp.map cimport map
from libcpp.string cimport string
from libcpp.vector cimport vector

cdef extern from "shelf.hpp" namespace "shelf":
    cdef cppclass Item:
        string name
        double price
        int count

    cdef cppclass CInventory "shelf::Inventory":
        CInventory() except +
        CInventory(double) except +
        void add(const string&, double, int) except +
        void take(const string&, int) except +
        const Item& find(const string&) except +
        double value()
        vector[string] names()
        map[string, int] counts()
        size_t size()

    cdef cppclass CRingBuffer "shelf::RingBuffer"[T]:
        CRingBuffer(size_t) except +
        void push(const T&) except +
        T pop() except +IndexError
        const T& operator[](size_t)
        size_t size()
        size_t capacity()


cdef class Inventory:
    """Items with a price and a count."""
    cdef CInventory *inventory

    def __cinit__(self, double discount=0.0):
        self.inventory = new CInventory(discount)

    def __dealloc__(self):
        del self.inventory

    def add(self, bytes name, double price, int count=1):
        self.inventory.add(name, price, count)

    def take(self, bytes name, int count=1):
        self.inventory.take(name, count)

    def item(self, bytes name):
        cdef Item found = self.inventory.find(name)
        return found.name, found.price, found.count

    @property
    def value(self):
        return self.inventory.value()

    def names(self):
        return self.inventory.names()

    def counts(self):
        return self.inventory.counts()

    def __len__(self):
        return self.inventory.size()


cdef class RingBuffer:
    """The last `capacity` floats pushed."""
    cdef CRingBuffer[double] *buffer

    def __cinit__(self, size_t capacity):
        self.buffer = new CRingBuffer[double](capacity)

    def __dealloc__(self):
        del self.buffer

    def push(self, double value):
        self.buffer.push(value)

    def pop(self):
        return self.buffer.pop()

    def values(self):
        cdef size_t i
        return [self.buffer[0][i] for i in range(self.buffer.size())]

    def mean(self):
        cdef double total = 0
        cdef size_t i
        for i in range(self.buffer.size()):
            total += self.buffer[0][i]
        return total / self.buffer.size() if self.buffer.size() else 0.0

    @property
    def capacity(self):
        return self.buffer.capacity()
