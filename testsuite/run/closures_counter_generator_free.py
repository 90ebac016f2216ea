def fibonacci_iter():
    a, b = 0, 1
    def step():
        nonlocal a, b
        value = a
        a, b = b, a + b
        return value
    return step
nxt = fibonacci_iter()
print([nxt() for _ in range(12)])
def accumulator(start):
    total = start
    def add(v=0):
        nonlocal total
        total += v
        return total
    return add
acc = accumulator(10)
acc(5); acc(-3)
print(acc(), accumulator(0)(1))
