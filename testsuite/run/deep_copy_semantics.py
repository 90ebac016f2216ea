import copy
original = {"list": [1, [2, 3]], "tuple": (1, [2]), "n": 1}
shallow = copy.copy(original)
deep = copy.deepcopy(original)
shallow["list"][1].append(4)
deep["list"][1].append(5)
print(original, shallow is original, shallow["list"] is original["list"], deep)
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"P({self.x},{self.y})"
p = Point(1, [2])
q = copy.deepcopy(p)
q.y.append(3)
print(p, q, copy.copy(p).y is p.y)
