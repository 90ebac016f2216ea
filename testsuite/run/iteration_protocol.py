class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(Countdown(3)), [x for x in Countdown(2)], sum(Countdown(4)))
for v in Countdown(2):
    print("v", v)
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"))
class SeqOnly:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(SeqOnly()), 20 in SeqOnly())
print(list(zip(range(3), "abcd")), list(reversed(range(4))), list(enumerate(["x"], start=5)))
try:
    for x in 5:
        pass
except TypeError as e:
    print("TypeError:", e)
