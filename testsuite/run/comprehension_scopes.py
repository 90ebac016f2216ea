def outer():
    factor = 3
    return [x * factor for x in range(3)], {k: factor for k in "ab"}, {factor + i for i in range(2)}
print(outer())
items = [[1, 2], [3], []]
print([y for x in items for y in x], [[y * 2 for y in x] for x in items], [len(x) for x in items if x])
print({(i, j) for i in range(2) for j in range(2) if i != j}, {i: [j for j in range(i)] for i in range(3)})
funcs = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in funcs])
adders = [(lambda: i) for i in range(3)]
print([a() for a in adders])
n = 5
print([n for _ in range(2)], [[n * m for m in range(2)] for n in range(2)], n)
class Holder:
    base = 10
    values = [base for _ in range(1)] if False else None
print(Holder.values)
