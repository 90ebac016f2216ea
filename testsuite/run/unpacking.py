a, b = 1, 2
a, b = b, a
print(a, b)
(x, y), z = (1, 2), 3
first, *middle, last = range(6)
*init, tail = "abc"
head, *rest = [1]
print(x, y, z, first, middle, last, init, tail, head, rest)
[p, q] = "pq"
print(p, q)
for i, *others in [(1, 2, 3), (4, 5)]:
    print(i, others)
for case in [lambda: [(a, b) for a, b in [(1, 2, 3)]], lambda: tuple(zip(*[1]))]:
    try:
        case()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 1
except TypeError as e:
    print("TypeError:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
d = {}
d["k"], d["j"] = 1, 2
print(d)
