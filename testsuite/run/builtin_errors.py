cases = [
    lambda: 1 + "a", lambda: "a" * "b", lambda: [1] < ["a"], lambda: {[]: 1}, lambda: None.attr,
    lambda: (5)(), lambda: len(42), lambda: int("12x"), lambda: [][0], lambda: {}["k"], lambda: (1, 2)[3],
    lambda: "abc".index("z"), lambda: float("nope"), lambda: divmod(1, 0), lambda: 2 ** -1 % 0,
    lambda: "x" - 1, lambda: -"s", lambda: ~1.5, lambda: {1} + {2}, lambda: list.append(), lambda: chr(-1),
    lambda: iter(5), lambda: next(iter([])), lambda: [].remove(1), lambda: int(None), lambda: sum(["a"]),
]
for case in cases:
    try:
        case()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)
