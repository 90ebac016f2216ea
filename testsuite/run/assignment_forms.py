a = b = c = [1]
a.append(2)
print(a, b, c, a is b)
x, y = y, x = 1, 2
print(x, y)
d = {}
d["a"] = d["b"] = 0
print(d)
class O:
    pass
o = O()
o.p = o.q = "v"
print(o.p, o.q)
(m, n), [p, *q] = "mn", range(4)
print(m, n, p, q)
i = 0
l = [0, 0, 0]
i, l[i] = 1, 5
print(i, l)
v = 10
v += v
v -= 3
v *= 2
v //= 3
print(v)
s = "ab"
s *= 3
s += "!"
print(s)
t = (1,)
t += (2, 3)
print(t)
