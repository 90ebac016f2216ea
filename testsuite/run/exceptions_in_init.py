class Fragile:
    def __init__(self, ok):
        if not ok:
            raise ValueError("cannot build")
        self.ok = ok
try:
    Fragile(False)
except ValueError as e:
    print("ValueError:", e)
print(Fragile(True).ok)
class Wrapper(Exception):
    def __init__(self, inner):
        super().__init__(f"wrapped: {inner}")
        self.inner = inner
try:
    try:
        {}["x"]
    except KeyError as k:
        raise Wrapper(k) from k
except Wrapper as w:
    print(w, repr(w.inner), w.__cause__ is w.inner)
class BadStr(Exception):
    def __str__(self):
        return "custom message"
try:
    raise BadStr()
except BadStr as e:
    print(str(e), repr(e))
