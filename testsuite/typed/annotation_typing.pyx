# Annotation typing of def parameters in Cython code: float is a C double,
# complex a C double complex, bool a bint, list/str/... checked types
# (None refused unless it is the default), int any int object.
def f(x: float, y: int, z: list, w: complex, b: bool, s: str = None):
    return type(x).__name__, type(y).__name__, type(z).__name__, type(w).__name__, type(b).__name__, cython_typeof()

def cython_typeof():
    return 0

import cython
def g(x: float, y: int, z: list, w: complex, b: bool):
    return cython.typeof(x), cython.typeof(y), cython.typeof(z), cython.typeof(w), cython.typeof(b)

print(f(1, 2, [], 1, True))
print(g(1, 2, [], 1, True))
for args in [("a", 2, [], 1, True), (1.0, 2.5, [], 1, True), (1.0, 2, (), 1, True), (1.0, 2, None, 1, True), (1.0, True, [], 1, 1), (1.0, 2, [], 1, None)]:
    try:
        f(*args)
        print("ok", args)
    except TypeError as e:
        print("TypeError", e)
