name, width, prec, value = "x", 10, 3, 3.14159
a = f"{name!r:>{width}} {value:.{prec}f} {{literal}} {value=} {value = :8.2f} {name!s=}"
b = f'''multi
{name
  .upper()} {'nested' + f"{name}"} {3 if name else 4:>5}'''
c = rf"\d{name}\n" fR'{{}}' "plain" u"" f"{a!a}"
d = f"{'a':{'b'}}" f"{x:{y}{z}}" f"{x:=10}" f"{(x:=10)}" f"{x!r:}" f"{x:}" f""
e = f"{1, 2}" f"{*a, b}" f"{lambda x: 1}" if 0 else f"{yield}" if 0 else None
g = f"\N{BULLET} {x} \N{DASH}" b'\x00\xff' "\u00e9\U0001F600\x7f\0"
