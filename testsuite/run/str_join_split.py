csv = "name,age,city\nann,30,paris\nbob,25,rome"
rows = [line.split(",") for line in csv.splitlines()]
header, *records = rows
print(header, records, [dict(zip(header, r)) for r in records])
print("\t".join(header), " | ".join(["{:^6}".format(c) for c in header]), ";".join([]))
print("a b  c".split(" "), "a b  c".split(), "a,b,,c".split(",", 2), "x".split("x"), "".split())
print("-".join("abc"), "".join(["1", "2"]), ",".join(map(str, [1.5, None, True])))
