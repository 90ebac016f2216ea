class K:
    def m(self, x):
        return (type(self).__name__, x)
k = K()
bound = k.m
print(bound(1), K.m(k, 2), bound.__self__ is k, bound.__func__ is K.m, K.m.__name__)
f = K.__dict__["m"]
print(f(k, 3), f.__get__(k)(4), f.__get__(None, K) is f)
class Sub(K):
    pass
print(Sub().m(5), getattr(k, "m")(6), [k.m(i)[1] for i in range(3)])
def external(self):
    return "external " + type(self).__name__
K.ext = external
print(k.ext(), K.ext(k))
print(callable(k.m), repr(K.m).startswith("<function K.m at"), hasattr(K.m, "__wrapped__"))
