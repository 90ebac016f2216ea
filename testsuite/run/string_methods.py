s = "The quick brown fox"
print(s.title(), s.swapcase(), s.capitalize(), s.casefold(), s.partition(" "), s.rpartition(" "))
print(s.ljust(25, "."), s.rjust(25), s.zfill(22), s.expandtabs(), s.index("quick"), s.rfind("o"))
print(s.encode("utf-8"), "é".encode("latin-1"), b"caf\xc3\xa9".decode("utf-8"), "abc".translate({97: "A"}))
print(",".join(map(str, range(5))), " a b ".split(), "a-b-c".rsplit("-", 1), "x".join("abc"))
print("Hello".startswith(("He", "x")), "hello".endswith("lo"), "abc".isidentifier(), "ABC".isupper(), " ".isspace())
print("%5d|%-5s|%05.1f|%x|%o|%e|%%|%c|%r" % (42, "ab", 3.14159, 255, 8, 12345.678, 65, "q"))
print("{0}{1}{0}".format("a", "b"), "{name}-{n:03d}".format(name="x", n=7), "{:^10}".format("mid"), "{!a}".format("é"))
print(str.maketrans("ab", "xy"), "aabb".translate(str.maketrans("ab", "xy")), "tEsT".lower().upper())
