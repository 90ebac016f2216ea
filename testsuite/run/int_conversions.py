for text, base in [("ff", 16), ("777", 8), ("1010", 2), ("z", 36), ("0x10", 0), ("0o17", 0), ("-42", 10)]:
    print(text, base, int(text, base))
print(hex(-255), oct(64), bin(5), format(10, "b"), format(10, "o"), format(255, "X"), f"{255:#b}")
print(str(10 ** 30), int("9" * 30) + 1, float(10 ** 20), int(1e20), int(-0.9), round(-1.5), round(0.5))
try:
    int("12", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    int("2", 2)
except ValueError as e:
    print("ValueError:", e)
