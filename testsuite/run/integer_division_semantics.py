for a in (7, -7):
    for b in (2, -2):
        print(a, b, a // b, a % b, divmod(a, b), a / b, int(a / b), round(a / b))
print(7.5 // 2, -7.5 // 2, 7.5 % -2, (-0.0) // 1, 1 // 0.3, 5 % 0.5)
print(10 ** -2, 0 ** 0, (-8) ** (1 / 3) if False else "skip", pow(2, -2), pow(10, 2, 7))
