# `"..." % (a, b)` in Cython code formats without the % operator, as
# Cython compiles it: %d takes int() of numbers (and refuses the rest).
def f(x):
    return "[%-5s|%05s|%3d|%x|%.2f|%r|%a|%%]" % (x, x, 7.9, 255, 1.234, x, x)

def g(x):
    return "%s-%d" % (x, 3.5)

def h(value):
    return "%d" % (value,)

def kept(x):
    return "%(a)s %c" % x  # other formats: the % operator

print(f("ab"), f("é"), g("q"))
for v in [5, 5.0, "xyz", [], True, 2**70, -3.9]:
    try:
        print(repr(h(v)))
    except TypeError as e:
        print("TypeError", e)
try:
    print(kept(({"a": 1}, )))
except TypeError as e:
    print("TypeError", e)
