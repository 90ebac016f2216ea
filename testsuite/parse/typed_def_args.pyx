def f(int x, list items not None, double y=1.0, dict opts=None, *args, **kw):
    pass
