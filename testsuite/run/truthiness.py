class Falsy:
    def __bool__(self):
        return False
class Sized:
    def __len__(self):
        return 0
class Broken:
    def __bool__(self):
        return "not a bool"
values = [0, 0.0, 0j, "", b"", [], (), {}, set(), None, Falsy(), Sized(), 1, "0", [0], Falsy]
print([bool(v) for v in values])
print([v for v in [0, 1, "", "x"] if v], [1 if v else 0 for v in values])
try:
    if Broken():
        pass
except TypeError as e:
    print("TypeError:", e)
print(not Falsy(), Falsy() or "fallback", bool(Sized() and "unreached"))
