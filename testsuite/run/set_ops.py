a = {1, 2, 3}
b = {3, 4}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b), a.isdisjoint({9}), {1}.issubset(a))
a.update([5, 6]); a.difference_update({1}); a.intersection_update({2, 3, 5, 7})
print(sorted(a), len(a), 5 in a, frozenset([1, 2]) == {1, 2}, set() == set(), set("aab") == {"a", "b"})
s = set()
s.add((1, 2))
print(s, {x % 3 for x in range(10)})
try:
    {[]}
except TypeError as e:
    print("TypeError:", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
