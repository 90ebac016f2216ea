d = dict(a=1, b=2)
d.update({"c": 3}, d=4)
print(d, len(d), "a" in d, d.pop("a"), d.pop("zz", "default"), d.popitem(), d)
d2 = dict.fromkeys("xyz", 0)
print(d2, list(d2), d2.get("x"), d2.get("q"), {**d2, "x": 1})
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
keys = d2.keys()
d2["w"] = 9
print(list(keys), "w" in keys, d2 | {"v": 1}, dict(zip("ab", [1, 2])))
try:
    d2["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
class Default(dict):
    def __missing__(self, key):
        return key * 2
print(Default()["ab"])
