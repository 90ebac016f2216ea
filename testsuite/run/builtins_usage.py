print(len("abc"), abs(-2), min(3, 1, 2), max([4, 9, 2]), sum(range(5)), sorted("cba"), reversed([1, 2]).__class__.__name__)
print(list(zip([1, 2], "ab")), list(map(str, [1, 2])), list(filter(None, [0, 1, 2])), list(enumerate("xy", 1)))
print(isinstance(1, int), issubclass(bool, int), type(1.0).__name__, callable(len), hash(1) == hash(1.0))
print(getattr(1, "real"), hasattr([], "append"), repr(None), str(b"x"), bytes(3), bytearray(b"ab"), int("ff", 16))
print(round(3.14159, 2), pow(2, 10, 1000), divmod(9, 4), chr(9731), ord("é"), bin(10), hex(255), oct(8))
print(any([x > 2 for x in [1]]), all([1, 1]), format(1234.5, ",.1f"), id(1) == id(1))
print(list(range(10, 0, -3)), dict(a=1, b=2), set([1, 1]), frozenset([2]), tuple("ab"), complex(1, 2))
print(vars(type("T", (), {"x": 1}))["x"], dir([])[:2], iter([1]).__next__(), next(iter([5])), slice(1, 2))
try:
    int("x")
except ValueError as e:
    print("ValueError:", e)
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", repr(e))
