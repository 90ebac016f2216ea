x, y = 10, 3.14159
name = "Ada"
print(f"{x:#x} {x:08b} {x:+d} {y:10.3f}| {y:<10.2}| {name:*^9} {name!r:>8} {x!s:<4}|")
print(f"{x=} {y = :.2f} {name=!r}")
print(f"{'quoted'} {'dq' if False else 'sq'} {[1, 2][0]} {{x}} {x}{y:.0f}")
nested = {"k": [1, {"d": 4}]}
print(f"{nested['k'][1]['d']} {len(nested)} {x if x > 5 else -x} {(lambda v: v * 2)(x)}")
width = 6
print(f"{name:>{width}}|{y:.{width - 4}f}|{x:{'>' if x else '<'}{width}}")
import datetime
d = datetime.date(2024, 3, 5)
print(f"{d:%Y/%m/%d}", f"{d!r}", f"{3 + 4j}", f"{None}", f"{True:d}")
print(f"""multi
line {x}""", f"a" f"b{x}" "c")
