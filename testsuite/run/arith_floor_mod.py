for a in (-7, 7, 0, -1, 5, -5, 10**30, 2.5):
    for b in (3, -3, 1, -1, 7, 2.0):
        print(a, b, a % b, a // b)
try:
    print(5 % 0)
except ZeroDivisionError as e:
    print(e)
try:
    print(5 // 0)
except ZeroDivisionError as e:
    print(e)
print(f"{3}{2.5}{-0.0}{True}{10**20}{1e300}")
print("a" + "b", "x" + "")
