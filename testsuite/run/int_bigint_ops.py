a = 2 ** 100
b = 3 ** 50
print(a + b, a - b, a * b, a // b, a % b, -a // b, a ** 2 % 1000007, a >> 90, a & (b - 1), a | 1, a ^ b)
print(int.bit_length(a), (-a).bit_length(), abs(-a), a == 2 ** 100, a < b, hex(a), str(a)[:5])
print(7 // 2, -7 // 2, 7 // -2, -7 // -2, 7 % -2, -7 % 2, divmod(-7, 2), pow(3, 4, 5), pow(-2, 3))
x = 9223372036854775807
print(x + 1, x * 2, -x - 2, x * x, (x + 1) // 2, 1 << 63, (1 << 62) + (1 << 62))
print(int("-12"), int(" 42 "), int("0x1f", 16), int("1_000"), int(2.9), int(-2.9), round(2.5), round(3.5))
