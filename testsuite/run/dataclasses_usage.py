from dataclasses import dataclass, field, asdict, replace
@dataclass(order=True)
class Item:
    priority: int
    name: str = field(compare=False)
    tags: list = field(default_factory=list, repr=False)
a = Item(2, "b")
b = Item(1, "a", ["x"])
print(a, sorted([a, b]), a == Item(2, "zzz"), asdict(b), replace(a, priority=5))
@dataclass(frozen=True)
class Point:
    x: float
    y: float = 0.0
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
p = Point(3, 4)
print(p, p.norm(), hash(p) == hash(Point(3, 4)))
try:
    p.x = 1
except Exception as e:
    print(type(e).__name__, e)
