s = "Hello, World"
print(s.lower(), s.upper(), s.split(", "), s[::-1], s[1:5], s[-5:], len(s), s * 2)
print("-".join(["a", "b", "c"]), s.replace("l", "L", 2), s.find("o"), s.count("l"), s.startswith("He"))
print("%s has %d items costing %.2f" % ("cart", 3, 9.5), "{} and {!r}".format("x", "y"), "{:>8}|".format("r"))
name, width, value = "pi", 10, 3.14159
print(f"{name!r:>{width}} = {value:.3f}", f"{value=}", f"{name=!s}", f"{{braces}}", f"{3 + 4:b}", f"{'nested'}")
print(f"{value:{width}.{2}f}|", f"{1000000:,}", f"{0.25:%}", f"{name}{name}", f"{ {'a': 1}['a'] }")
print("tab\tnew\nline", r"raw\n", "unicode é ☃", b"bytes\x00".hex(), "a" "b" 'c')
print(str(12), repr("q'uote"), ascii("é"), ord("A"), chr(66), "x".isalpha(), "12".isdigit())
print("  strip  ".strip(), "a,b,,c".split(","), "line1\nline2".splitlines(), "abc".center(9, "*"))
