def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    for d in range(2, n):
        if n % d == 0:
            return "composite"
    return "prime" if n > 1 else "unit"
print([classify(n) for n in [-3, 0, 1, 2, 9, 13]])
def find_pair(nums, target):
    seen = {}
    for i, n in enumerate(nums):
        if target - n in seen:
            return seen[target - n], i
        seen[n] = i
print(find_pair([2, 7, 11, 15], 9), find_pair([1], 5))
def no_return():
    pass
print(no_return(), (lambda: None)())
