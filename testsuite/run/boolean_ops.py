def t(v):
    print("t", v)
    return v
print(t(0) and t(1), t(1) and t(2), t(0) or t(3), t(4) or t(5))
print(t(1) and t(0) and t(9), t(0) or t("") or t([]) or t("last"))
print(not 0, not 1, not [], not [0], 1 if [] else 2, "yes" if "s" else "no")
x = None
print(x or "default", x and x.attr, [] or {} or 0)
print(bool(0.0), bool("0"), bool(None), bool(range(0)), all([]), any([0, 0, 1]))
