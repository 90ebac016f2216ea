a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
lst = [1, 2, 3, 4]
lst[0], lst[-1] = lst[-1], lst[0]
print(lst)
i, j = 0, 1
lst[i], lst[j] = lst[j], lst[i]
print(lst)
def rotate(seq, k):
    k %= len(seq)
    return seq[-k:] + seq[:-k]
print(rotate([1, 2, 3, 4, 5], 2), rotate("abcd", -1))
