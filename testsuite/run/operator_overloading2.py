class V:
    def __init__(self, *c):
        self.c = list(c)
    def __iadd__(self, o):
        self.c = [a + b for a, b in zip(self.c, o.c)]
        return self
    def __matmul__(self, o):
        return sum([a * b for a, b in zip(self.c, o.c)])
    def __abs__(self):
        return sum([a * a for a in self.c]) ** 0.5
    def __index__(self):
        return len(self.c)
    def __int__(self):
        return 7
    def __float__(self):
        return 2.5
    def __round__(self, n=None):
        return "rounded"
    def __invert__(self):
        return V(*reversed(self.c))
    def __contains__(self, x):
        return x in self.c
    def __len__(self):
        return len(self.c)
    def __repr__(self):
        return f"V{tuple(self.c)}"
a = V(1, 2)
a += V(3, 4)
print(a, a @ V(1, 1), abs(V(3, 4)), [0, 1, 2, 3][V(1, 2)], int(a), float(a), round(a), ~a, 4 in a, len(a), bool(V()))
class Dyn:
    def __getattr__(self, name):
        return f"dynamic {name}"
    def __setattr__(self, name, value):
        super().__setattr__(name, value * 2)
d = Dyn()
d.real = 5
print(d.real, d.other)
class Strict:
    __slots__ = ()
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("no secrets")
        return object.__getattribute__(self, name)
try:
    Strict().secret
except AttributeError as e:
    print("AttributeError:", e)
