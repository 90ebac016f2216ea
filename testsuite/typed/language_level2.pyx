# cython: language_level=2
# Cython 3.3 still compiles language_level=2 modules (preshed's setup.py
# asks for it): `print` is a statement, and `/` on C integers divides as
# `//` does (floor), while Python objects divide truly as in Python 3.

def divide(a, b):
    cdef int x = 7, y = -2
    cdef long z = a
    return a / b, x / y, z / 2, 7 / 2, x / 2.0, -7 / 2

cdef long halve(long n):
    return n / 2

print divide(7, 2)
print halve(-5), halve(9)
print "two", "words"
import sys
print "a", 1,
print "b"
print
print >>sys.stdout, "x",
print "y"
data = b'café €'
print data, len(data)

# List comprehensions' loop variables are the enclosing scope's (Python 2);
# set/dict comprehensions and generator expressions keep their own.
def listcomp_leaks(n):
    xs = [x * 2 for x in range(n)]
    ys = [(a, b) for a in range(2) for b in range(3) if b]
    return xs, x, a, b

def others_do_not():
    y = "outer"
    s = {y for y in range(3)}
    d = {y: 1 for y in range(2)}
    g = list(y for y in range(5))
    return y, sorted(s), d, g

def nested_leak():
    total = 0
    for i in range(3):
        total += sum([j for j in range(i + 1)])
    return total, j

cdef int k
vals = [k for k in range(4)]
print listcomp_leaks(4), others_do_not(), nested_leak(), k, vals
