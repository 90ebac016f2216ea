l = [3, 1, 2]
l.append(5); l.extend([9, 0]); l.insert(0, 7); l.remove(9)
print(l, sorted(l), l.pop(), l.pop(0), l, len(l), l.index(2), l.count(1))
t = (1, 2, 3) + (4,)
print(t, t[1:], t * 2, (1,), (), tuple([1, 2]), 2 in t)
d = {"a": 1, "b": 2}
d["c"] = 3
del d["a"]
print(d, list(d.keys()), list(d.values()), list(d.items()), d.get("z", 0), d.setdefault("e", 5), d)
s = {1, 2, 3}
s.add(4); s.discard(1)
print(sorted(s), s | {9}, s & {2, 3}, s - {2}, s ^ {3, 10}, len(s))
a = [1, *range(3), *"ab"]
b = (*a, 0)
c = {**d, "z": 26, **{"b": 20}}
e = {*a, *b}
print(a, b, c, sorted(e, key=str))
nested = [[1, 2], [3, [4, 5]]]
print(nested[1][1][0], nested[-1], list(map(len, nested)))
try:
    l[100]
except IndexError as e:
    print("IndexError:", e)
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e)
