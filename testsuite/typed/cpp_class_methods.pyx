# distutils: language = c++
# C++ classes the module defines with methods: bodies that reach the class
# through `this` and by members' bare names, calls between methods, static
# methods, templates, subclasses overriding (virtual) methods, inherited
# fields and methods, exceptions propagated from a method, and a class a
# header defines as the base; Cython's __init__ (a constructor) and
# __dealloc__ (run by the destructor); `Base.f()` calling the base's own
# method; a nogil class's methods called without the GIL; Python object
# fields (None until assigned, counted through copies and destruction).
import sys
from libcpp cimport bool
from libcpp.vector cimport vector
from libcpp.string cimport string

cdef extern from *:
    """
    struct Shape {
        virtual ~Shape() {}
        virtual double area() { return -1.0; }
        double twice() { return 2 * area(); }
    };
    """
    cdef cppclass Shape:
        double area()
        double twice()

cdef cppclass Counter:
    int count
    vector[int] seen
    void add(int x):
        this.count += 1
        seen.push_back(x)
    int total():
        cdef int s = 0
        cdef int v
        for v in this.seen:
            s += v
        return s
    int twice_total():
        return 2 * total()
    Counter *self_ptr():
        return this
    @staticmethod
    double square(double x):
        return x * x

cdef cppclass Box[T]:
    T value
    T get(bint fire) except *:
        if fire:
            raise RuntimeError("no value")
        return this.value
    void put(T v):
        this.value = v

cdef cppclass IntBox(Box[int]):
    int get(bint fire) except *:
        if fire:
            raise ValueError("int box")
        return 389 + value

cdef cppclass Square(Shape):
    double side
    double area():
        return side * side

cdef cppclass Named:
    string name
    object tag
    object get_tag():
        return tag
    void set_tag(value):
        this.tag = value
    string greet(string other):
        return name + b", " + other

log = []

cdef cppclass Polygon:
    float radius
    int n
    __init__(int n, float radius):
        this.n = n
        this.radius = radius
        log.append(("init", n))
    __dealloc__():
        log.append(("dealloc", this.n))
    float perimeter():
        return 2 * this.radius * this.n

cdef cppclass Base:
    int n
    int method():
        return this.n + 100

cdef cppclass Sub(Base):
    bool override
    __init__(bool override):
        this.n = 1
        this.override = override
    int method():
        if override:
            return 0
        return Base.method()

cdef cppclass Scaled nogil:
    double x
    double twice():
        return 2 * x

def counters(xs):
    cdef Counter c
    for x in xs:
        c.add(x)
    cdef Counter *p = new Counter()
    p.add(5)
    same = p.self_ptr() == p
    total = p.total()
    del p
    return c.count, c.total(), c.twice_total(), Counter.square(3), same, total

def boxes(bint fire):
    cdef Box[double] b
    b.put(2.5)
    cdef IntBox i
    i.put(1)
    cdef Box[int] *base = &i
    out = [b.get(False), i.get(False), base.get(False)]
    try:
        out.append(b.get(fire))
    except RuntimeError as e:
        out.append(("RuntimeError", str(e)))
    try:
        out.append(base.get(fire))
    except ValueError as e:
        out.append(("ValueError", str(e)))
    return out

def shapes(double side):
    cdef Square s
    s.side = side
    cdef Shape *shape = &s
    return shape.area(), shape.twice()

def named(bytes name):
    cdef Named n
    n.name = name
    return n.greet(b"world")

def polygons(int n):
    cdef Polygon *p = new Polygon(n, 0.5)
    perimeter = p.perimeter()
    del p
    return perimeter, log

def subclasses(bint override):
    cdef Sub *s = new Sub(override)
    cdef Base *b = s
    try:
        return s.method(), b.method()
    finally:
        del s

def scaled(double v):
    cdef Scaled s
    cdef double r
    s.x = v
    with nogil:
        r = s.twice()
    return r

def tags(value):
    cdef Named a
    out = [a.tag, a.get_tag()]
    a.tag = value
    out += [a.tag, a.get_tag()]
    cdef Named b = a
    a.set_tag([1, 2])
    cdef Named *heap = new Named()
    heap.set_tag("heap")
    out += [b.tag, a.tag, heap.tag]
    del heap
    return out

print(counters([1, 2, 3]))
marker = ["marker"]
before = sys.getrefcount(marker)
result = tags(marker)
print(result)
del result
print(sys.getrefcount(marker) - before)
print(polygons(3))
print(subclasses(True), subclasses(False))
print(scaled(1.25))
print(boxes(False))
print(boxes(True))
print(shapes(3))
print(named(b"hello"))
