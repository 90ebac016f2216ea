from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int


class Circle:
    __match_args__ = ("r",)

    def __init__(self, r):
        self.r = r


def describe(value):
    match value:
        case None:
            return "none"
        case True | False as flag:
            return f"bool {flag}"
        case 0 | 1 | 2:
            return "small int"
        case -1 | 1.5 | 2j | "text":
            return f"literal {value!r}"
        case int(n) if n > 100:
            return f"big int {n}"
        case str() as s:
            return f"string {s}"
        case []:
            return "empty sequence"
        case [x]:
            return f"one element {x}"
        case [first, *middle, last]:
            return f"sequence {first}..{last} with {middle}"
        case {"kind": "circle", "r": r, **rest}:
            return f"circle mapping r={r} rest={rest}"
        case {"x": x, "y": y}:
            return f"mapping point {x},{y}"
        case Point(x=0, y=0):
            return "origin"
        case Point(x, y) if x == y:
            return f"diagonal point {x}"
        case Point(x=px, y=py):
            return f"point {px},{py}"
        case Circle(r):
            return f"circle r={r}"
        case (1, 2) | (3, 4):
            return "pair"
        case _:
            return f"something else: {type(value).__name__}"


for v in [None, True, 1, -1, 1.5, 2j, "text", 500, 50, "hello", [], [9], (1, 2, 3, 4), [1, 2],
          {"kind": "circle", "r": 3, "color": "red"}, {"x": 1, "y": 2}, Point(0, 0), Point(3, 3),
          Point(1, 2), Circle(7), 3.25, {1, 2}, b"bytes"]:
    print(describe(v))


def command(cmd):
    match cmd.split():
        case ["go", direction]:
            return "going " + direction
        case ["look"]:
            return "looking"
        case ["take", *items] if items:
            return "taking " + ", ".join(items)
        case _:
            return "unknown"


print([command(c) for c in ["go north", "look", "take a b", "take", "dance"]])
match 42:
    case x:
        print("captured", x)
try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print("TypeError:", e)
try:
    match 5:
        case 5.0 if undefined_name:
            pass
except NameError as e:
    print("NameError:", e)
