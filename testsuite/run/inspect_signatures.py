import inspect
def f(a, b=2, *args, c, d=4, **kw):
    "doc"
def g(x, /, y):
    pass
print(f.__name__, f.__doc__, f.__defaults__, f.__kwdefaults__)
print(callable(f), f.__module__ == __name__, type(f.__globals__).__name__, "f" in f.__globals__)
print(inspect.getdoc(f), inspect.isroutine(f))
