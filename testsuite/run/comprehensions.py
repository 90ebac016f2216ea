print([x * y for x in range(3) for y in range(3) if x != y])
print({x: x ** 2 for x in range(5) if x % 2 == 0})
print({c for c in "mississippi"} == set("misp"))
print([[j for j in range(i)] for i in range(4)])
x = "unchanged"
print([x for x in range(3)], x)
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for row in matrix for i in range(len(row)) if row[i] % 2])
print([(a, b) for a, b in zip("ab", [1, 2])])
def f(n):
    return [i * n for i in range(n)]
print(f(3))
class C:
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
print(C.doubled)
print(sum([i for i in range(101)]), [y for y in [1, None, 2] if y is not None])
