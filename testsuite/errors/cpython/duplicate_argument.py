def f(a, b, *, c, **a):
    pass
