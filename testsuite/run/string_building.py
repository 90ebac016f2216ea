parts = []
for i in range(5):
    parts.append(str(i) * i)
print("|".join(parts), "".join(reversed(parts)))
s = ""
for word in ["alpha", "beta", "gamma"]:
    s += word[0].upper() + word[1:] + " "
print(s.strip(), repr(s))
lines = [f"{n:>3}: {'#' * n}" for n in range(1, 5)]
print("\n".join(lines))
table = {"apple": 1.5, "kiwi": 0.25}
print("\n".join([f"{k:<8}{v:>6.2f}" for k, v in table.items()]))
print("abc" * 0, "-" * 10, "x".center(5, "-"), "%s=%r" % ("k", "v"))
