def add(a, b=1, *rest, key=None, **kw):
    """Add numbers."""
    total = a + b
    for r in rest:
        total += r
    if key is not None:
        total = total * key
    return total

class Point:
    count = 0
    def __init__(self, x, y):
        self.x = x
        self.y = y
        Point.count += 1
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def __repr__(self):
        return f"Point({self.x!r}, {self.y})"

def make_counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc

print(add(1), add(1, 2, 3, 4), add(2, key=10))
p = Point(3, 4)
print(p, p.norm2(), Point.count)
c = make_counter()
c(); c(5)
print(c())
squares = [x * x for x in range(10) if x % 2]
print(squares, {k: v for k, v in zip("abc", range(3))})
try:
    add()
except TypeError as e:
    print("TypeError:", e)
try:
    {}["missing"]
except KeyError as e:
    print("KeyError", e)
finally:
    print("finally")
a, *b, c2 = range(5)
print(a, b, c2)
print(add.__name__, add.__doc__, add.__qualname__, Point.norm2.__qualname__)
