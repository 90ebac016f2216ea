class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        return Money(self.cents + (other.cents if isinstance(other, Money) else other))
    __radd__ = __add__
    def __sub__(self, other):
        return Money(self.cents - other.cents)
    def __mul__(self, k):
        return Money(self.cents * k)
    def __neg__(self):
        return Money(-self.cents)
    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents
    def __hash__(self):
        return hash(self.cents)
    def __lt__(self, other):
        return self.cents < other.cents
    def __bool__(self):
        return self.cents != 0
    def __str__(self):
        return f"${self.cents / 100:.2f}"
    def __repr__(self):
        return f"Money({self.cents})"
    def __format__(self, spec):
        return format(str(self), spec)
a, b = Money(150), Money(75)
print(a + b, a - b, a * 3, -a, sum([a, b], Money(0)), 10 + a, a == Money(150), a != b, sorted([a, b]))
print(bool(Money(0)), {a, Money(150)}, f"[{a:>8}]", str(b), repr(b), max(a, b))
class Container:
    def __init__(self):
        self.items = {}
    def __getitem__(self, k):
        return self.items[k]
    def __setitem__(self, k, v):
        self.items[k] = v
    def __delitem__(self, k):
        del self.items[k]
    def __contains__(self, k):
        return k in self.items
    def __len__(self):
        return len(self.items)
    def __iter__(self):
        return iter(sorted(self.items))
    def __call__(self, k):
        return self.items.get(k)
c = Container()
c["a"] = 1; c["b"] = 2
del c["a"]
print("b" in c, "a" in c, len(c), list(c), c("b"), c("zz"))
