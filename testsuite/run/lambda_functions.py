square = lambda x: x * x
add = lambda a, b=10, *rest, key=None, **kw: (a + b, rest, key, kw)
print(square(7), add(1), add(1, 2, 3, key="k", z=1), (lambda: None)(), (lambda *a: a)(1, 2))
funcs = {name: (lambda n: lambda v: v + n)(i) for i, name in enumerate("abc")}
print({k: f(100) for k, f in funcs.items()})
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)), list(map(lambda p: p[0] * p[1], [(2, 3), (4, 5)])))
print(square.__name__, square.__qualname__, square.__doc__)
compose = lambda f, g: lambda x: f(g(x))
print(compose(square, lambda v: v + 1)(3))
