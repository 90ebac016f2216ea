class Num:
    def __init__(self, v):
        self.v = v
    def __radd__(self, other):
        return f"radd({other})"
    def __rsub__(self, other):
        return f"rsub({other})"
    def __rmul__(self, other):
        return f"rmul({other})"
    def __rtruediv__(self, other):
        return f"rtruediv({other})"
    def __rpow__(self, other):
        return f"rpow({other})"
    def __eq__(self, other):
        return "eq called"
    def __lt__(self, other):
        return NotImplemented
    def __gt__(self, other):
        return "gt reflected"
n = Num(1)
print(1 + n, 2 - n, 3 * n, 4 / n, 5 ** n, 1 == n, n == 1, 1 < n)
try:
    n < n
except TypeError as e:
    print("TypeError:", e)
class Only:
    pass
try:
    Only() + 1
except TypeError as e:
    print("TypeError:", e)
