import itertools as it
print(list(it.chain([1, 2], "ab")), list(it.product("ab", repeat=2))[:3], list(it.permutations([1, 2, 3], 2))[:4])
print(list(it.combinations("abcd", 2)), list(it.accumulate([1, 2, 3, 4])), list(it.islice(it.cycle("xy"), 5)))
print([(k, len(list(g))) for k, g in it.groupby("aaabbc")], list(it.zip_longest([1, 2], "a", fillvalue="-")))
print(list(it.takewhile(lambda v: v < 3, [1, 2, 5, 1])), list(it.dropwhile(lambda v: v < 3, [1, 2, 5, 1])))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.compress("abcd", [1, 0, 1, 0])), list(it.repeat(7, 3)))
