from enum import Enum, IntEnum, Flag, auto
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = auto()
    def describe(self):
        return f"{self.name.lower()}={self.value}"
print(Color.RED, Color(2), Color["BLUE"], [c.describe() for c in Color], Color.RED is Color(1), len(Color))
class Prio(IntEnum):
    LOW = 1
    HIGH = 3
print(Prio.HIGH > Prio.LOW, Prio.LOW + 1, sorted([Prio.HIGH, Prio.LOW]))
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
print(Perm.R | Perm.W, Perm.R in (Perm.R | Perm.X), Perm(5))
try:
    Color(9)
except ValueError as e:
    print("ValueError:", e)
