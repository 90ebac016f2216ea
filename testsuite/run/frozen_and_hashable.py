fs = frozenset({1, 2, 3})
print(fs | {4}, fs & {2, 9}, hash(fs) == hash(frozenset([3, 2, 1])), {fs: "key"}[frozenset([1, 2, 3])])
t = (1, [2])
try:
    hash(t)
except TypeError as e:
    print("TypeError:", e)
nested = {(1, 2): "pair", ("a", ("b",)): "nested", None: "none", 1.0: "float"}
print(nested[(1, 2)], nested[("a", ("b",))], nested[None], nested[1])
