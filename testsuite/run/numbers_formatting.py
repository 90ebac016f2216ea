values = [0, 1, -1, 3.5, -2.25, 1e-7, 12345678.9, 2 ** 70, float("inf"), 0.1 + 0.2]
for v in values:
    print(repr(v), str(v), f"{v:g}", format(v, "e") if isinstance(v, float) else format(v, ","))
print(f"{1234567.891:,.2f}", f"{0.000123:.2e}", f"{42:>+6}", f"{-42:=+8}", f"{3.0:.0f}", f"{255:_x}")
