# Compiled functions behave as def functions do for pickle (by reference),
# weak references, inspect.signature and copy.
import copy
import functools
import inspect
import pickle
import weakref


def plain(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw


def positional(x, y, /, z=3):
    return x + y + z


class Shape:
    def area(self, scale=1.0):
        return 2.0 * scale

    @staticmethod
    def unit(n=1):
        return n

    @classmethod
    def make(cls, *parts):
        return cls()


def outer():
    def inner(v):
        return v
    return inner


for fn in [plain, positional, Shape.area, Shape.unit, Shape.make, Shape().area, functools.partial(positional, 1)]:
    print(getattr(fn, "__qualname__", "partial"), inspect.signature(fn))

for fn in [plain, positional, Shape.area, Shape.unit]:
    restored = pickle.loads(pickle.dumps(fn))
    print("pickled", fn.__qualname__, restored is fn, copy.copy(fn) is fn, copy.deepcopy(fn) is fn)

ref = weakref.ref(plain)
print("weakref", ref() is plain, weakref.WeakValueDictionary({"f": positional})["f"] is positional)
callbacks = []
local = outer()
local_ref = weakref.ref(local, lambda r: callbacks.append("collected"))
del local
print("collected", local_ref() is None, callbacks)

try:
    pickle.dumps(outer())
except (AttributeError, pickle.PicklingError) as e:
    print("local function not picklable")
