# distutils: language = c++
# C++ classes through libcpp: constructors (on the stack and with new),
# overloaded methods and operators, nested iterator classes, except + as
# Cython maps C++ exceptions, function overloads and templates, and the
# standard containers converted to and from Python objects.
from libcpp.vector cimport vector
from libcpp.string cimport string, to_string
from libcpp.utility cimport pair
from cython.operator cimport dereference as deref, preincrement as inc, postincrement as postinc

cdef extern from *:
    """
    #include <stdexcept>
    struct Counter {
        int count = 0;
        static int made;
        Counter() { ++made; }
        explicit Counter(int start) : count(start) { ++made; }
        int add(int n) { count += n; return count; }
        double add(double x) { count += (int)x; return x * 2; }
        int check(int n) {
            if (n < 0) throw std::invalid_argument("negative");
            if (n > 100) throw std::out_of_range("too big");
            if (n == 13) throw std::bad_alloc();
            if (n == 42) throw 42;
            return n;
        }
        Counter operator+(const Counter &o) const { return Counter(count + o.count); }
        bool operator==(const Counter &o) const { return count == o.count; }
        Counter operator-() const { return Counter(-count); }
        int operator[](int i) const { return count * i; }
        static int twice(int n) { return 2 * n; }
    };
    int Counter::made = 0;
    template <class T> T biggest(T a, T b) { return a < b ? b : a; }
    """
    T biggest[T](T, T)
    cdef cppclass Counter:
        int count
        Counter()
        Counter(int)
        int add(int)
        double add(double)
        int check(int) except +
        int check_as "check"(int) except +ValueError
        Counter operator+(Counter&)
        bint operator==(Counter&)
        Counter operator-()
        int operator[](int)
        @staticmethod
        int twice(int)

def counters():
    cdef Counter a = Counter(3)
    cdef Counter b
    b.count = 4
    cdef Counter c = a + b
    d = -c
    return c.count, (a + b) == c, a == b, a.add(2), a.add(1.5), a.count, c[3], Counter.twice(5), b.twice(6)

def checks(int n):
    cdef Counter c
    try:
        return c.check(n)
    except Exception as e:
        return type(e).__name__, str(e)

def checks_as(int n):
    cdef Counter c
    try:
        return c.check_as(n)
    except ValueError as e:
        return "ValueError", str(e)

def heap(int start):
    cdef Counter *p = new Counter(start)
    try:
        p.add(10)
        return p.count, deref(p).count, p[0][2]
    finally:
        del p

def squares(int n):
    cdef vector[int] v
    for i in range(n):
        v.push_back(i * i)
    return v, v.size(), v[n - 1], v.back()

def iterate(vector[double] xs):
    cdef double s = 0
    cdef vector[double].iterator it = xs.begin()
    while it != xs.end():
        s += deref(it)
        inc(it)
    cdef vector[double].iterator first = xs.begin()
    postinc(first)
    return s, deref(first), xs.end() - xs.begin()

def at(int i):
    cdef vector[int] v = [10, 20, 30]
    try:
        return v.at(i)
    except IndexError:
        return "IndexError"

def strings(bytes b):
    cdef string s = b
    s.append(b"!")
    cdef string t = s + string(b"?")
    return t, t.size(), t.substr(1, 2), t.find(b"!"), to_string(42), to_string(2.5), s == t

def pairs():
    cdef pair[int, double] p = pair[int, double](1, 2.5)
    p.first += 2
    cdef pair[int, int] q = pair[int, int](7, 8)
    return p, p.first, q, biggest(3, 9), biggest(2.5, 1.5)

def nested(list rows):
    cdef vector[vector[int]] m = rows
    m[0].push_back(99)
    m.push_back(m[1])
    return m

def round_trip(vector[string] words, pair[string, double] labelled):
    return words, labelled

print(counters())
print([checks(n) for n in (5, -1, 101, 13, 42)])
print(checks_as(5), checks_as(-1), checks_as(42))
print(heap(1))
print(squares(4))
print(iterate([1.5, 2.5, 4.0]))
print(at(1), at(5))
print(strings(b"ab"))
print(pairs())
print(nested([[1], [2, 3]]))
print(round_trip([b"x", b"yz"], (b"k", 3)))
for bad in [lambda: iterate(5), lambda: iterate(["a"]), lambda: round_trip([1], (b"k", 3)),
            lambda: round_trip([], (b"k", 3, 4))]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
