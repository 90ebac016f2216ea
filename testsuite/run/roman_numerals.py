VALUES = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
def to_roman(n):
    out = ""
    for value, sym in VALUES:
        while n >= value:
            out += sym
            n -= value
    return out
def from_roman(s):
    table = {sym: v for v, sym in VALUES if len(sym) == 1}
    total = 0
    for a, b in zip(s, s[1:] + " "):
        v = table[a]
        total += -v if b != " " and table[b] > v else v
    return total
samples = [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]
print([to_roman(n) for n in samples])
print(all([from_roman(to_roman(n)) == n for n in range(1, 500)]))
