def memoize(fn):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper
@memoize
def binomial(n, k):
    if k == 0 or k == n:
        return 1
    return binomial(n - 1, k - 1) + binomial(n - 1, k)
print(binomial(30, 15), len(binomial.cache) > 100)
@memoize
def edit_distance(a, b):
    if not a or not b:
        return len(a) + len(b)
    return min(edit_distance(a[1:], b) + 1, edit_distance(a, b[1:]) + 1,
               edit_distance(a[1:], b[1:]) + (a[0] != b[0]))
print(edit_distance("kitten", "sitting"), edit_distance("", "abc"))
