def outer(a):
    def middle(b):
        def inner(c):
            return a + b + c
        return inner
    return middle
print(outer(1)(2)(3), outer.__name__, outer(1).__qualname__, outer(1)(2).__qualname__)
def counter_factory():
    counts = {}
    def count(key):
        counts[key] = counts.get(key, 0) + 1
        return counts[key]
    return count, counts
c, store = counter_factory()
c("a"); c("a"); c("b")
print(store)
def shadow():
    x = "local"
    def f():
        x = "inner"
        return x
    return f(), x
print(shadow())
def recursive_inner(n):
    def fact(k):
        return 1 if k <= 1 else k * fact(k - 1)
    return fact(n)
print(recursive_inner(10))
