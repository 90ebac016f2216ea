# DEF values beyond numbers and strings, as Cython evaluates them: tuples
# (items, concatenation, repetition, `in`), the builtins float(), int(),
# len(), abs(), min(), max(), bool(); non-finite floats. And an optional
# float annotation, which takes None (an object, not a C double).
cimport cython

DEF TUPLE = (1, 2, u"buckle my shoe")
DEF TWO = TUPLE[1]
DEF LAST = TUPLE[-1]
DEF MORE = TUPLE + (3.5, None)
DEF TWICE = (0, 1) * 2
DEF NAN = float('nan')
DEF INF = float('+inf')
DEF NINF = float('-inf')
DEF HALF = float("0.5")
DEF TRUNC = int(7.9)
DEF N = len(TUPLE)
DEF BIG = max(3, 11, 7)
DEF SMALL = min((4, -2, 9))
DEF DIST = abs(-12)
DEF IN = 2 in TUPLE
DEF NOT_IN = 5 not in (1, 2)
DEF SAME = (1, (2, 3)) == (1, (2, 3))

def values():
    return TUPLE, TWO, LAST, MORE, TWICE, N, BIG, SMALL, DIST, IN, NOT_IN, SAME, TRUNC, HALF

def floats():
    cdef double nan = NAN, inf = INF, ninf = NINF
    return nan != nan, inf, ninf, INF > 1e308, NINF, repr(NAN)

def index_of(x):
    if x in TWICE:
        return "in"
    return "out"

def optional_float(x: float | None):
    # (Cython types x as its 'float object'; pyxc as an object)
    return x is None, x * 2 if x is not None else None

IF N == 3 and TWO == 2:
    print("IF on tuple constants")

print(values())
print(floats())
print(index_of(1), index_of(5))
print(optional_float(None), optional_float(2.5))
