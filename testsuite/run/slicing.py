l = list(range(10))
print(l[2:5], l[:3], l[7:], l[::2], l[::-1], l[-3:-1], l[5:2:-1], l[100:], l[:])
l[2:4] = ["a", "b", "c"]
print(l)
del l[::3]
print(l)
l[1:1] = [99]
print(l)
s = "abcdefgh"
i, j = 1, 6
print(s[i:j], s[i:], s[:j:2], s[slice(2, 5)], s[-1], s[-len(s)])
t = tuple(range(5))
print(t[1:-1], t[::-2])
class Seq:
    def __getitem__(self, key):
        return key
print(Seq()[1:2], Seq()[::3], Seq()[1, 2:3, ...], Seq()["k"])
