grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
grid[0] += [9]
print(grid)
shared = [[0] * 2] * 2
shared[0][0] = 1
print(shared)
d = {"a": {"b": {"c": 1}}}
d["a"]["b"]["c"] += 1
d["a"].setdefault("x", []).append(2)
print(d)
s = [1, 2, 3, 4, 5, 6]
s[1:5:2] = ["x", "y"]
del s[-1]
s[::-1] = s[:]
print(s)
try:
    s[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
