# Operations on Python objects as the lowering specialises them: small int
# and str literal operands, Cython's % formatting, powers, in-place forms,
# and membership tests on locals whose type is known.

def arithmetic(a, b):
    c = a + 1
    c = a - 0
    c = a % 0
    c = 2 * a
    c = "x" + a
    c = a ** b
    c = "%s: %d" % (a, b)
    c = "%s: %d" % a
    c += 1
    c //= 3
    c **= 2
    c @= b
    return c

def membership(x, dict typed):
    d = {}
    s = {1}
    l = []
    r = x in d, x in s, x not in l, x in typed
    inner = [y for y in l if y in typed]
    return r, inner

def comparisons(a, b):
    return a < 10 <= b, a is None, a is not b, a == "x"

cimport cython

cdef class Plain:
    pass

cdef object c_function(x):
    return x

def calls(x, dict typed, bytearray data, *args, **kwargs):
    items = []
    items.append(x)
    data.append('X')
    x.append(1)
    x.update(k=2)
    typed.iterkeys()
    r = len(x), isinstance(x, int), str(x), Plain(), c_function(x), cython.typeof(items)
    r = globals(), locals(), dir(), eval("x")
    r = exec("y = 1", {}), compile("1", "f", "eval")
    r = max(*args, **kwargs), sorted(x, key=len)
    return r

class Child(list):
    def m(self):
        return super().m()
