def f(*args, **kwargs):
    return args, kwargs
print(f(), f(1, *[2, 3], *(4,), a=1, **{"b": 2}, **{"c": 3}))
print(f(*"ab", *range(2)), f(**{}), f(*[], **dict(z=0)))
def g(a, b, c):
    return a * 100 + b * 10 + c
print(g(*[1, 2, 3]), g(1, *(2,), c=3), g(**{"c": 1, "b": 2, "a": 3}))
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    f(*5)
except TypeError as e:
    print("TypeError:", e)
try:
    f(**[1])
except TypeError as e:
    print("TypeError:", e)
try:
    g(1, 2, 3, c=4)
except TypeError as e:
    print("TypeError:", e)
args = (1, 2)
kwargs = {"c": 3}
print(g(*args, **kwargs), print(*[1, 2], sep="-"))
