t = (3, 1, 2)
print(sorted(t), t.count(1), t.index(2), t + (4,), t[::-1], len(t), max(t), (1, 2) == (1, 2), hash((1, 2)) == hash((1, 2)))
a, b, c = t
print(a, b, c, tuple([x * 2 for x in t]))
nested = ((1, 2), (3, (4, 5)))
(p, q), (r, (s, u)) = nested
print(p, q, r, s, u)
print((1,) * 3, () == tuple(), type(()).__name__, (1, 2) < (1, 2, 0))
try:
    t[5]
except IndexError as e:
    print("IndexError:", e)
try:
    t[0] = 1
except TypeError as e:
    print("TypeError:", e)
