import functools
registry = []
def register(fn):
    registry.append(fn.__name__)
    return fn
def repeat(times):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*a, **k):
            return [fn(*a, **k) for _ in range(times)]
        return wrapper
    return decorate
@register
@repeat(2)
def hello(name="x"):
    "Say hello."
    return "hi " + name
print(hello("bob"), registry, hello.__name__, hello.__doc__, hello.__wrapped__("z"))
def singleton(cls):
    instances = {}
    @functools.wraps(cls, updated=())
    def get(*a):
        if cls not in instances:
            instances[cls] = cls(*a)
        return instances[cls]
    return get
@singleton
class Db:
    def __init__(self, url="default"):
        self.url = url
print(Db("first").url, Db("second").url, Db() is Db())
class Memo:
    def __init__(self, fn):
        self.fn, self.cache = fn, {}
        functools.update_wrapper(self, fn)
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]
@Memo
def slow_square(n):
    return n * n
print(slow_square(9), slow_square(9), slow_square.cache, slow_square.__name__)
