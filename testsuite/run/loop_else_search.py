def find(items, target):
    for index, item in enumerate(items):
        if item == target:
            break
    else:
        return -1
    return index
print(find("abc", "b"), find("abc", "z"), find([], 1))
primes = []
for n in range(2, 30):
    for p in primes:
        if n % p == 0:
            break
    else:
        primes.append(n)
print(primes)
def first_negative(matrix):
    for r, row in enumerate(matrix):
        for c, v in enumerate(row):
            if v < 0:
                return r, c
    return None
print(first_negative([[1, 2], [3, -4]]), first_negative([[0]]))
