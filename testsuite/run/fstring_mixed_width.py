# f-strings joining ASCII, Latin-1, BMP and astral parts (the join's kinds).
for a in ["abc", "é", "€", "😀", ""]:
    for b in ["x", "ü", "漢", "🎉", ""]:
        s = f"{a}-{b}:{len(a + b)}"
        print(s, len(s), s.isascii())
print(f"{'plain'}{1}{2.5}{None}{True}")
