class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["created_by"] = "Meta"
        cls = super().__new__(mcls, name, bases, ns)
        cls.options = kw
        return cls
class Base(metaclass=Meta, flag=True):
    pass
print(Base.created_by, Base.options, type(Base).__name__)
class Registry:
    subclasses = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        Registry.subclasses.append((cls.__name__, tag))
class A(Registry, tag="a"):
    pass
class B(A):
    pass
print(Registry.subclasses)
class Slotted:
    __slots__ = ("x", "y")
    def __init__(self):
        self.x = 1
s = Slotted()
try:
    s.z = 3
except AttributeError as e:
    print("AttributeError:", e)
print(s.x, hasattr(s, "y"))
outer_value = 10
class UsesOuter:
    a = outer_value * 2
    b = [a for _ in range(2)] if False else None
    def method(self):
        return __class__.__name__
print(UsesOuter.a, UsesOuter().method())
def factory(n):
    class Local:
        size = n
        def get(self):
            return self.size + n
    return Local
L = factory(5)
print(L().get(), L.__qualname__)
class Deco:
    pass
def add_attr(cls):
    cls.added = True
    return cls
@add_attr
class Decorated(Deco):
    "docstring of Decorated"
print(Decorated.added, Decorated.__doc__, Decorated.__module__ == __name__)
class Cmp:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f"Cmp({self.v})"
print(sorted([Cmp(3), Cmp(1), Cmp(2)]), max(Cmp(1), Cmp(7)))
