d = {}
for k in ["z", "a", "m"]:
    d[k] = len(d)
print(list(d), list(d.items()))
d["a"] = 99
del d["z"]
d["z"] = 0
print(d, list(reversed(d)), {**d, "a": 1}, dict(sorted(d.items())))
merged = {"x": 1} | {"y": 2} | {"x": 3}
merged |= {"w": 4}
print(merged, [k for k in merged if merged[k] > 1])
