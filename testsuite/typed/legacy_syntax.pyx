# Python 2 syntax Cython 3.3 still compiles: backquotes (repr) and `<>`.
def legacy(x):
    return `x`, `x, 1`, 1 <> 2, x <> x, [`i` for i in range(2)]

print(legacy(3))
print(legacy("s"))
