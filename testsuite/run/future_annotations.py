# PEP 563: under `from __future__ import annotations` every annotation is
# kept as the string ast.unparse() gives, and never evaluated (forward
# references and undefined names are fine).
from __future__ import annotations

import typing


def simple(a: int, b: str = "x", *args: tuple, k: float = 1.0, **kw: dict) -> None:
    pass


def forward(node: Node, items: list[Node] | None = None) -> Node:
    return node


def spacing(x: typing.Dict[ str ,  int ], y: 'quoted', z: "dq'uote") -> typing.Optional[typing.List[int]]:
    pass


def operators(a: 1 + 2 * 3, b: (1 + 2) * 3, c: 2 ** 3 ** 4, d: (2 ** 3) ** 4, e: -x ** 2, f: (-x) ** 2,
              g: not a or b and c, h: (a or b) and c, i: a if b else c, j: (a if b else c) if d else e,
              k: a < b <= c, l: (a < b) < c, m: ~a | b ^ c & d << e >> f, n: a @ b // c % d / e) -> x.y.z:
    pass


def literals(a: 1.5, b: 1e100, c: 1e400, d: 2j, e: b"by\x00tes", f: ..., g: None, h: True, i: 0x1F,
             j: "tab\tnew\nline", k: u"uni", l: 1_000_000, m: 0.1 + 0.2j, n: 1.0) -> "str":
    pass


def containers(a: (int, str), b: (int,), c: (), d: [int, str], e: {1, 2}, f: {}, g: {"k": int, **extra},
               h: [*xs], i: x[1:2], j: x[::2], k: x[1:2, ::3], l: x[a, b], m: x[(a, b)], n: x[()]) -> "tuple":
    pass


def calls(a: f(x, *y, k=1, **z), b: (lambda: 0), c: (lambda x, y=1, *a, k, **kw: x), d: (lambda x, /, y: y),
          e: [i for i in range(3) if i], f: {k: v for k, v in items}, g: (y for y in z), h: {s for s in t},
          i: a.b(c)[d].e, j: 1 .real, k: f"a{b!r:>{w}}c", l: (await_ for await_ in x), m: (lambda *a, k=1: 0), n: sum(i for i in x), o: "{braces}",
          p: f"it's {x} {{lit}}", q: f"{ {1: 2}[1] }", r: f'{x:{"w"}}') -> typing.Callable[[int], str]:
    pass


class Annotated:
    field: int
    other: Undefined = 3
    nested: dict[str, list[Annotated]]

    def method(self, other: Annotated) -> Annotated:
        return self


module_level: Later = 1
plain: int

for fn in (simple, forward, spacing, operators, literals, containers, calls, Annotated.method):
    for name, value in fn.__annotations__.items():
        print(fn.__name__, name, repr(value))
print(Annotated.__annotations__)
print(__annotations__)
print(typing.get_type_hints(simple))
