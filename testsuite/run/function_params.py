def f(a, b, /, c, d=4, *args, e, f=6, **kw):
    return (a, b, c, d, args, e, f, kw)
print(f(1, 2, 3, e=5))
print(f(1, 2, c=3, d=40, e=5, g=7))
print(f(1, 2, 3, 4, 5, 6, e=0, f=1))
def g(x, y=[]):
    y.append(x)
    return y
print(g(1), g(2), g(3, []))
def h(*, only):
    return only
print(h(only=1))
for call in [lambda: f(1), lambda: f(1, 2, 3), lambda: f(1, 2, 3, e=1, c=2), lambda: f(a=1, b=2, c=3, e=4),
             lambda: h(1), lambda: h(), lambda: h(only=1, other=2), lambda: g(), lambda: g(1, 2, 3)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
def noargs():
    return "none"
try:
    noargs(1)
except TypeError as e:
    print("TypeError:", e)
def two(a, b):
    return a + b
try:
    two(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
print(two(*[1, 2]), two(**{"a": 3, "b": 4}), two(1, *[2]), two(*(), **{"b": 1, "a": 0}))
try:
    two(1, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
def defaults(a, b=2, c=3):
    return a, b, c
print(defaults.__defaults__, defaults(1, c=30), f.__kwdefaults__)
