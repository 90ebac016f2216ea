data = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
print(sorted(data), sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: (t[1], t[0]), reverse=True))
words = "banana Apple cherry apple Banana".split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), max(words, key=len), min(words))
import operator, functools
print(sorted(data, key=operator.itemgetter(0)), functools.reduce(operator.add, [1, 2, 3]))
def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=functools.cmp_to_key(cmp)))
nums = [5, 2, 9]
nums.sort(key=lambda n: -n)
print(nums)
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
