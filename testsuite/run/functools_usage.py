import functools
@functools.total_ordering
class Version:
    def __init__(self, major, minor):
        self.key = (major, minor)
    def __eq__(self, o):
        return self.key == o.key
    def __lt__(self, o):
        return self.key < o.key
print(Version(1, 2) <= Version(1, 3), Version(2, 0) > Version(1, 9), Version(1, 1) >= Version(1, 1))
base2 = functools.partial(int, base=2)
print(base2("1011"), base2.keywords, functools.reduce(lambda a, b: a * 10 + b, [1, 2, 3], 0))
class Lazy:
    calls = 0
    @functools.cached_property
    def value(self):
        Lazy.calls += 1
        return 42
lz = Lazy()
print(lz.value, lz.value, Lazy.calls)
@functools.singledispatch
def describe(x):
    return "object"
@describe.register
def _(x: int):
    return "int"
@describe.register(list)
def _list(x):
    return "list"
print(describe(1), describe([]), describe("s"))
