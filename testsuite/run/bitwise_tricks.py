def popcount(n):
    count = 0
    while n:
        n &= n - 1
        count += 1
    return count
print([popcount(n) for n in range(10)], popcount(2 ** 100 - 1), bin(0b1011 ^ 0b0110))
def is_power_of_two(n):
    return n > 0 and n & (n - 1) == 0
print([n for n in range(70) if is_power_of_two(n)], (-1) & 0xFF, ~0, -8 >> 1, 1 << 100 >> 99)
mask = 0
for bit in (1, 3, 5):
    mask |= 1 << bit
print(mask, [(mask >> b) & 1 for b in range(7)])
