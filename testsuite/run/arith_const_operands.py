# Arithmetic and comparisons with a small int literal operand (specialised
# paths), and str literal concatenation: results and errors as CPython.
vals = [0, 1, -1, 7, -7, 2**29, -2**29, 2**40, -2**40, 2.5, -2.5, 0.0, -0.0, float("nan"), float("inf"), True, False]
for v in vals:
    out = []
    for f in (lambda x: x * 3, lambda x: x * 0, lambda x: x % 3, lambda x: x // 3, lambda x: x % 1, lambda x: x // 7,
              lambda x: x + 5, lambda x: x - 5):
        try:
            out.append(repr(f(v)))
        except Exception as e:
            out.append(type(e).__name__)
    cmp = []
    for op in range(6):
        try:
            cmp.append([v < 3, v <= 3, v == 3, v != 3, v > 3, v >= 3][op])
        except Exception as e:
            cmp.append(type(e).__name__)
    t = []
    if v == 0: t.append("eq0")
    if v < 1: t.append("lt1")
    if v >= 7: t.append("ge7")
    if v != 1: t.append("ne1")
    print(repr(v), out, cmp, t)
for x in [10, -10, 3]:
    y = x
    y *= 4; y %= 7; y //= 2
    print(y)
print("a" + "b", "x" + str(3), str(4) + "y")
class S(str):
    def __radd__(self, o): return "radd:" + str.__add__(o, self)
print("lit" + S("sub"))
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    1 + "a"
except TypeError as e:
    print(e)
print("%d items" % 5, [1] * 3, (2,) * 2, "ab" * 3)
try:
    1 % 0
except ZeroDivisionError as e:
    print(e)
