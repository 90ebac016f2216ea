# distutils: language = c++
# The standard containers of libcpp: map, unordered_map, set,
# unordered_set, deque, list, multimap; their iterators, and their
# conversions to and from Python dicts, sets and lists.
from libcpp.map cimport map, multimap
from libcpp.unordered_map cimport unordered_map
from libcpp.set cimport set as cset
from libcpp.unordered_set cimport unordered_set
from libcpp.deque cimport deque
from libcpp.list cimport list as clist
from libcpp.string cimport string
from libcpp.vector cimport vector
from libcpp.utility cimport pair
from cython.operator cimport dereference as deref, preincrement as inc

def counts(list words):
    cdef map[string, int] m
    for w in words:
        m[w] += 1
    cdef map[string, int].iterator it = m.begin()
    ordered = []
    while it != m.end():
        ordered.append((deref(it).first, deref(it).second))
        inc(it)
    return m, ordered, m.size(), m.count(b"a"), m.at(b"b")

def missing(dict d, bytes key):
    cdef unordered_map[string, double] m = d
    try:
        return m.at(key)
    except IndexError as e:
        return "IndexError"

def sets(list items):
    cdef cset[int] s = items
    cdef unordered_set[int] u = items
    s.insert(100)
    s.erase(1)
    cdef cset[int].iterator lb = s.lower_bound(3)
    return s, sorted(u), s.count(2), deref(lb), s.find(7) == s.end()

def sequences(int n):
    cdef deque[int] d
    cdef clist[double] l = [1.5, 0.5]
    for i in range(n):
        d.push_front(i)
        d.push_back(-i)
    l.sort()
    l.push_front(9.0)
    items = []
    cdef deque[int].iterator it = d.begin()
    while it != d.end():
        items.append(deref(it))
        inc(it)
    return items, l, d.front(), d[1], l.size()

def multi():
    cdef multimap[int, string] mm
    mm.insert(pair[int, string](1, b"a"))
    mm.insert(pair[int, string](1, b"b"))
    mm.insert(pair[int, string](0, b"z"))
    return mm.size(), mm.count(1)

cdef vector[int] doubled(vector[int] v):
    for i in range(v.size()):
        v[i] *= 2
    return v

def loops(vector[int] v, map[string, double] m):
    total = 0
    for x in v:
        if x == 3:
            continue
        total += x
    else:
        total += 1000
    cdef double s = 0
    keys = []
    for kv in m:
        s += kv.second
        keys.append(kv.first)
    cdef vector[int] *p = &v
    out = []
    for y in p[0]:
        out.append(y)
        if y > 2:
            break
    for z in doubled(v):
        out.append(z)
    return total, s, keys, out

def comprehensions(vector[int] v, map[string, double] m):
    return ([x * 2 for x in v if x != 2], {kv.first: kv.second + 1 for kv in m}, {x % 2 for x in v},
            [(x, y) for x in v for y in range(x)], [kv.second for kv in m])

def round_trip(map[int, double] m, cset[string] s):
    return m, sorted(s)

print(counts([b"b", b"a", b"b", b"c"]))
print(missing({b"x": 1.5}, b"x"), missing({b"x": 1.5}, b"y"))
print(sets([3, 1, 2, 3]))
print(sequences(3))
print(multi())
print(loops([1, 2, 3, 4], {b"b": 2.0, b"a": 1.5}))
print(comprehensions([1, 2, 3], {b"a": 1.5, b"b": 0.5}))
print(round_trip({2: 1.5, 1: 0.5}, {b"y", b"x"}))
for bad in [lambda: round_trip([(1, 2)], set()), lambda: round_trip({1: "x"}, set()),
            lambda: round_trip({}, {1})]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
