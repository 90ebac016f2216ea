# yield from (PEP 380): delegation of values, send, throw, close, return values.
def inner():
    received = yield "inner-1"
    print("inner got", received)
    received = yield "inner-2"
    print("inner got", received)
    return "inner-result"


def outer():
    result = yield from inner()
    print("outer got", result)
    yield "outer-end"


g = outer()
print(next(g))
print(g.send("a"))
print(g.send("b"))
print(next(g, "stop"))


def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain([1, 2], "ab", range(3), (x * 2 for x in [5]))))


def delegating_throw():
    try:
        yield from catching()
    except KeyError:
        yield "outer caught"


def catching():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            yield "inner caught " + str(e)


g = delegating_throw()
print(next(g))
print(g.throw(ValueError("v")))
print(next(g))
print(g.throw(KeyError("k")))


def closing_inner(log):
    try:
        yield 1
        yield 2
    finally:
        log.append("inner closed")


def closing_outer(log):
    try:
        yield from closing_inner(log)
    finally:
        log.append("outer closed")


log = []
g = closing_outer(log)
next(g)
g.close()
print(log)


class Iter:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n


def from_iterator():
    r = yield from Iter()
    yield r


print(list(from_iterator()))


def no_send():
    yield from Iter()


g = no_send()
next(g)
try:
    g.send(1)
except AttributeError as e:
    print("AttributeError:", e)


def depth(n):
    if n:
        r = yield from depth(n - 1)
        return r + 1
    yield "bottom"
    return 0


g = depth(5)
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("depth", e.value)


def yf_value():
    x = yield from []
    print("empty delegate returns", x)
    yield 1


print(list(yf_value()))
it = iter([1, 2, 3])


def track():
    yield from it


g = track()
print(g.gi_yieldfrom)
next(g)
print(g.gi_yieldfrom is it)
try:
    def bad():
        yield from 5
    list(bad())
except TypeError as e:
    print("TypeError:", e)
