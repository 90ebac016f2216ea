s = "abracadabra"
print(s[0], s[-1], s[3:7], s[::3], s[10:2:-2], s.count("a"), s.find("cad"), s.rfind("a"), s.index("b", 2))
print(s.replace("a", "A", 3), s.split("a"), s.strip("a"), s.lstrip("ab"), s.rstrip("ra"), s.removeprefix("abra"))
print([s[i:i + 3] for i in range(0, len(s), 3)], "".join(sorted(set(s))), s.upper().lower() == s)
print("a" in s, "z" not in s, s < "abc", s * 0 == "", s[100:], s[-100:2])
