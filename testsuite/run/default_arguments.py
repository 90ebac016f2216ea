calls = []
def record(tag):
    calls.append(tag)
    return tag
def f(a=record("a"), b=record("b")):
    return a, b
print(calls, f(), f(1), f(b=2))
def mutable(x, acc=[]):
    acc.append(x)
    return list(acc)
print(mutable(1), mutable(2), mutable(3, []), mutable(4))
def none_default(x, acc=None):
    acc = [] if acc is None else acc
    acc.append(x)
    return acc
print(none_default(1), none_default(2))
i = 10
def captured(v=i):
    return v
i = 20
print(captured(), f.__defaults__, mutable.__defaults__)
f.__defaults__ = ("x", "y")
print(f())
