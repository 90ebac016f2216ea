total = 0
for i in range(1, 101):
    total += i * i
print(total)
acc = 1
for k in range(1, 21):
    acc *= k
print(acc)
count = 0
for a in range(20):
    for b in range(a, 20):
        if (a + b) % 7 == 0:
            count += 1
print(count)
x = 0
for step in range(10, 0, -2):
    x = x * 10 + step
print(x, sum(range(0, 100, 7)), list(range(5, -5, -3)))
