class Counter:
    def __init__(self):
        self.n = 0
        self.items = [0, 0]
c = Counter()
c.n += 5
c.items[1] += 3
c.items[0] -= 1
print(c.n, c.items)
d = {"k": 1}
d["k"] *= 10
d.setdefault("m", [])
d["m"] += [1, 2]
print(d)
class Logged(dict):
    def __getitem__(self, k):
        print("get", k)
        return super().__getitem__(k)
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)
lg = Logged(a=1)
lg["a"] += 1
lst = [1]
lst += (2, 3)
lst *= 2
print(lst)
m = [[1]]
m[0] += [2]
print(m)
x = 5
x **= 2
x %= 7
x <<= 3
x >>= 1
x &= 0b1110
x |= 1
x ^= 0b11
print(x)
