for i in range(3):
    print("for", i)
else:
    print("for else")
for i in range(5):
    if i == 2:
        break
else:
    print("not printed")
n = 0
while n < 3:
    n += 1
    if n == 2:
        continue
    print("while", n)
else:
    print("while else")
total = 0
for i in range(4):
    for j in range(4):
        if j > i:
            break
        total += i * j
print(total)
for k, v in {"a": 1, "b": 2}.items():
    print(k, v)
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
for x in []:
    print("never")
print(x if False else "no x")
items = [1, 2, 3]
for item in items:
    if item == 2:
        items.append(4)
print(items)
