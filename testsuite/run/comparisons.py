a, b, c = 1, 2, 3
print(a < b < c, a < b > c, a == 1 == True, a != b != a, 1 < 2 <= 2 < 3)
print(1 is 1, None is None, [] is [], a is not b, "x" in "xyz", 4 not in [1, 2, 3])
def noisy(v):
    print("eval", v)
    return v
print(noisy(1) < noisy(0) < noisy(5))
print(noisy(1) < noisy(2) < noisy(5))
print(float("nan") == float("nan"), [1, 2] < [1, 3], (1, "a") < (1, "b"), "abc" >= "abd")
try:
    1 < "a"
except TypeError as e:
    print("TypeError:", e)
print({1, 2} < {1, 2, 3}, {1: 2} == {1: 2}, 3 in {1: 2, 3: 4}, 5 in range(10))
