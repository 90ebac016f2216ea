# Subscripts of exact dicts and lists (fast paths) against subclasses and
# the errors CPython raises.
d = {"a": 1, (1, 2): "t", 3: "three"}
print(d["a"], d[(1, 2)], d[3], 3 in d, "z" in d)
for key in ["z", (1, 3), [1]]:
    try:
        print(d[key])
    except (KeyError, TypeError) as e:
        print(type(e).__name__, repr(e), str(e))


class Missing(dict):
    def __missing__(self, key):
        return f"missing {key}"


m = Missing(a=1)
print(m["a"], m["b"], "b" in m)
xs = [10, 20, 30]
print(xs[0], xs[-1], xs[-3], xs[True])
for index in [3, -4, 2**70, "1", 1.0]:
    try:
        print(xs[index])
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
d["b"] = 2
xs[1] = 99
d["a"] += 10
xs[-1] += 1
print(sorted(d.items(), key=str), xs)
