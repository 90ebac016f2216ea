# Generator functions: iteration, send, return values, state across yields.
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "finished"


print(list(count_up(4)))
g = count_up(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)
print(next(g, "exhausted"))


def accumulate():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total


acc = accumulate()
print(next(acc))
print(acc.send(5), acc.send(10))
try:
    acc.send(None)
except StopIteration as e:
    print("returned", e.value)

fresh = accumulate()
try:
    fresh.send(1)
except TypeError as e:
    print("TypeError:", e)


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


f = fib()
print([next(f) for _ in range(10)])


def pairs(items):
    for i, x in enumerate(items):
        for y in items[i + 1:]:
            yield x, y


print(list(pairs("abc")))


def returns_tuple():
    yield 1
    return (1, 2)


try:
    g = returns_tuple()
    next(g)
    next(g)
except StopIteration as e:
    print("tuple value", e.value, e.args)


def empty():
    return
    yield


print(list(empty()), type(empty()).__name__)
g = count_up(3)
print(iter(g) is g, g.__name__, g.__qualname__)
g.__name__ = "renamed"
print(g.__name__)
import collections.abc
print(isinstance(g, collections.abc.Generator), isinstance(g, collections.abc.Iterator))


class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = children

    def walk(self):
        yield self.value
        for child in self.children:
            yield from child.walk()


t = Tree(1, [Tree(2, [Tree(3)]), Tree(4)])
print(list(t.walk()))


def running():
    yield g2.gi_running


g2 = running()
print(g2.gi_running, next(g2), g2.gi_running)


def reenter():
    yield next(g3)


g3 = reenter()
try:
    next(g3)
except ValueError as e:
    print("ValueError:", e)
