data = [3, -1, 4, -1, 5, -9, 2, 6]
print(sum(data), min(data), max(data), sum(data, 100), min(data, key=abs), max(data, key=lambda v: v % 5))
print(min("hello"), max([[1, 2], [1, 3]]), min(3, 1, 2), max((1, "b"), (1, "a")), sum([0.5, 0.25]))
print(sorted(data)[len(data) // 2], sum([x for x in data if x > 0]), max([], default=None))
try:
    min([])
except ValueError as e:
    print("ValueError:", e)
