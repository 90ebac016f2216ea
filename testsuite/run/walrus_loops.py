data = iter([3, 1, 4, 1, 5, 9, 2, 6])
chunks = []
while (a := next(data, None)) is not None:
    b = next(data, None)
    chunks.append((a, b))
print(chunks)
values = [10, 20, 30]
if (n := len(values)) > 2 and (total := sum(values)) > 50:
    print(n, total)
print([last := v for v in range(4)], last)
