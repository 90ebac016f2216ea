l = [5, 3, 8, 1]
l.sort()
print(l)
l.sort(reverse=True, key=lambda v: v % 4)
print(l)
l.reverse()
print(l, l.copy() is l, l[:] == l, [0] * 3, [[]] * 2)
l.clear()
print(l, len(l), list("abc"), list(range(3)) + [9], [1, 2] * 2)
m = [1, 2, 3, 4, 5]
print(m.pop(), m.pop(1), m, sum(m), min(m), max(m), m.index(4))
m += [7]
m *= 2
print(m, 7 in m, m.count(7))
try:
    m.remove(100)
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
nested = [[3, "c"], [1, "a"], [2, "b"]]
print(sorted(nested), sorted(nested, key=lambda p: p[1], reverse=True))
