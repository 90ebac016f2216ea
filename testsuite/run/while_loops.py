n, steps = 27, 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print(steps)
i = 0
while True:
    i += 1
    if i % 2:
        continue
    if i > 8:
        break
    print("even", i)
else:
    print("not reached")
queue = [1]
seen = []
while queue:
    item = queue.pop(0)
    seen.append(item)
    if item < 20:
        queue.extend([item * 2, item * 3])
print(seen[:10], len(seen))
count = 3
while count:
    count -= 1
else:
    print("while else ran", count)
