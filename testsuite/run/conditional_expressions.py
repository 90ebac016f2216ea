def sign(x):
    return "neg" if x < 0 else "zero" if x == 0 else "pos"
print([sign(v) for v in (-2, 0, 3)])
x = 5
y = x if x > 3 else None
z = (lambda: "yes")() if y else "no"
print(y, z, [i if i % 2 else -i for i in range(5)])
print(1 if [] else 2 if {} else 3 if "" else 4)
