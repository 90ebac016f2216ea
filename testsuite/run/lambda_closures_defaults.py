def make_multipliers():
    return [lambda x, n=n: x * n for n in range(1, 4)]
print([m(10) for m in make_multipliers()])
def late_binding():
    return [lambda x: x * n for n in range(1, 4)]
print([m(10) for m in late_binding()])
counter = (lambda: (lambda c=[0]: (c.__setitem__(0, c[0] + 1), c[0])[1]))()
print(counter(), counter(), counter())
compose = lambda *fs: (lambda x: [x := f(x) for f in fs][-1])
print(compose(lambda v: v + 1, lambda v: v * 2)(5))
