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
