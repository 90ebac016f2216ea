import math
print(1.5 + 2, 3 * 0.1, 1 / 3, 2 ** 0.5, -1.5 // 1, -1.5 % 1, 10.0 / 4, 1e308 * 10, -1e308 * 10)
print(math.floor(2.7), math.ceil(2.1), math.isnan(float("nan")), math.isinf(float("-inf")), math.fsum([0.1] * 10))
print(float("inf") > 1e308, 0.0 == -0.0, str(-0.0), repr(1e16), repr(1e-5), 1.0.is_integer(), (2.5).as_integer_ratio())
print(round(1.23456, 3), round(-0.5), format(3.14159, ".2e"), f"{2/3:.4f}", float.fromhex("0x1.8p1"), (0.1).hex())
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
