class Range3:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return Range3Iter(self.n)
class Range3Iter:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 3
        return self.i - 3
r = Range3(10)
print(list(r), list(r), [x * 2 for x in r], sum(r), max(r), sorted(r, reverse=True), dict.fromkeys(r))
a, b, *c = Range3(12)
print(a, b, c, *Range3(7))
