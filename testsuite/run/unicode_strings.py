s = "naïve café 日本語 🐍"
print(len(s), s.upper(), s[6:10], s[-1], s.encode("utf-8")[:8], [ord(c) for c in "é🐍"], s.isprintable())
print("straße".casefold(), "ǅ".lower(), "ß".upper(), "ﬁ" == "fi", "Ⅷ".isnumeric(), "٣".isdigit(), int("٣"))
print(sorted(["é", "e", "z", "a"]), "é" > "z", "\u00e9" == "é", "\N{SNAKE}", repr("\x00\t"), ascii("日"))
for ch in "aé日":
    print(ch, hex(ord(ch)), ch.encode("utf-8"))
