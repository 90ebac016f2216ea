a = [1, 2]
b = a
c = list(a)
print(a is b, a is c, a == c, id(a) == id(b), None is None, type(None).__name__)
x = 256
y = 256
print(x == y, x is not None, [] == [], {} == {}, () is (), "s" == "s")
class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, Eq) and self.v == o.v
    __hash__ = None
print(Eq(1) == Eq(1), Eq(1) != Eq(2), Eq(1) is Eq(1), Eq(1) in [Eq(1)])
try:
    hash(Eq(1))
except TypeError as e:
    print("TypeError:", e)
