print(7 + 3, 7 - 3, 7 * 3, 7 / 2, 7 // 2, 7 % 3, 2 ** 10, -7 // 2, -7 % 3, 7 // -2)
print(2 ** -1, 10 ** 20, (10 ** 20) // 3, -(2 ** 65), 1 << 70, (1 << 70) >> 3)
print(0.1 + 0.2, 1.5 * 4, 7.0 // 2, 7.5 % 2, -7.5 % 2, 2.0 ** 0.5, 1e300 * 10)
print(3 & 5, 3 | 5, 3 ^ 5, ~3, -(-3), +4, 1j * 1j, (1 + 2j) * (3 - 1j), abs(-3 + 4j))
print(divmod(17, 5), divmod(-17, 5), round(2.675, 2), int("12") + int(3.9), float("1e3"))
x = 10
x += 5; x -= 3; x *= 2; x //= 5; x **= 3; x %= 7; x <<= 2; x >>= 1; x |= 8; x &= 14; x ^= 3
print(x)
f = 1.0
f /= 3
print(f, True + True, True * 3.5)
try:
    1 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1 // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1.0 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    [] - []
except TypeError as e:
    print("TypeError:", e)
