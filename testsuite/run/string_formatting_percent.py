print("%d%%" % 50, "%5.2f" % 3.14159, "%-6s|" % "ab", "%06d" % -42, "%+d" % 5, "%x %X %o" % (255, 255, 8))
print("%s %r %a" % ("s", "r", "é"), "%(name)s is %(age)d" % {"name": "Ann", "age": 30}, "%c%c" % (72, "i"))
print("%.3s" % "abcdef", "%*d" % (5, 42), "%-*d|" % (4, 7), "%e" % 1234.5, "%g %g" % (0.00001, 1e20))
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "%s %s" % ("one",)
except TypeError as e:
    print("TypeError:", e)
