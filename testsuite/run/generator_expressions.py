# Generator expressions: laziness, scope rules, errors raised where CPython raises them.
print(sum(x * x for x in range(10)))
print(list(x for x in "abc" if x != "b"))
print(max((len(w), w) for w in ["pear", "fig", "banana"]))
print(dict((k, v) for k, v in zip("ab", [1, 2])))
print(tuple(y for x in [[1, 2], [3]] for y in x))
print(any(x > 3 for x in [1, 5]), all(x > 3 for x in [1, 5]))

g = (x for x in [1, 2])
print(type(g).__name__, g.__name__, next(g), list(g), list(g))


def lazy():
    calls = []

    def source():
        calls.append("source")
        return [1, 2, 3]

    gen = (calls.append(x) or x for x in source())
    calls.append("made")
    first = next(gen)
    return calls, first


print(lazy())


def late_binding():
    n = 1
    gen = (x + n for x in range(3))
    n = 10
    return list(gen)


print(late_binding())


def first_iterable_early():
    try:
        (x for x in 5)
    except TypeError as e:
        return "TypeError: " + str(e)


print(first_iterable_early())


def inner_error():
    gen = (1 // x for x in [1, 0])
    print(next(gen))
    try:
        next(gen)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)


inner_error()


class Config:
    names = ["a", "b"]
    upper = list(n.upper() for n in names)
    factor = 3
    try:
        scaled = list(x * factor for x in range(2))
    except NameError as e:
        scaled = "NameError: " + str(e)


print(Config.upper, Config.scaled)


def nested():
    return [list(y * x for y in range(x)) for x in range(4)]


print(nested())


def walrus_in_genexp():
    data = [1, 5, 2, 8]
    any((big := x) > 4 for x in data)
    return big


print(walrus_in_genexp())
total = sum(v for v in range(5))
print(total)
gens = [(i * j for j in range(2)) for i in range(3)]
print([list(g) for g in gens])


def closure_in_genexp():
    fs = list((lambda: x) for x in range(3))
    return [f() for f in fs]


print(closure_in_genexp())
print(sorted((x for x in {3, 1, 2}), reverse=True))
print(" ".join(str(x) for x in range(3)))
