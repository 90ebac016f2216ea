# Locals only ever bound to list, dict or set displays take direct paths
# (no type tests); everything else about them must behave as in CPython.


def counts(words):
    seen = {}
    for w in words:
        if w in seen:
            seen[w] += 1
        else:
            seen[w] = 1
    return seen


def collect(n):
    out = []
    for i in range(n):
        out.append(i * i)
    evens = {x for x in out if x % 2 == 0}
    return out, sorted(evens), 4 in evens, 5 in evens


def missing_key():
    table = {"a": 1}
    try:
        return table["b"]
    except KeyError as e:
        return "KeyError: " + repr(e)


def unhashable():
    table = {}
    try:
        table[[1]] = 2
    except TypeError as e:
        return "TypeError: " + str(e)


def rebound_to_other_type(flag):
    box = []
    if flag:
        box = "a string now"
    box += "!" if isinstance(box, str) else ["!"]
    return box


def rebound_by_loop():
    value = {}
    for value in [[1], [2]]:
        value.append(0)
    return value


def deleted_then_read():
    d = {1: 2}
    del d
    try:
        return 1 in d
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)


def walrus_in_comprehension():
    acc = []
    [acc := x for x in ([1], [2])]
    acc.append(3)
    return acc


def shadowed_in_comprehension():
    items = [1, 2, 3]
    return [items for items in "ab"], items


def nested_closure():
    log = []

    def add(x):
        log.append(x)

    add(1)
    add(2)
    return log


def loop_over_known_list():
    items = [1, 2, 3]
    seen = []
    for x in items:
        seen.append(x)
        if x == 1:
            items.append(4)  # the loop sees it, as the list iterator does
        if x == 2:
            items = [99]  # rebinding does not change what the loop walks
    return seen, items, [y * 2 for y in seen]


def loop_over_emptied_list():
    items = [1, 2, 3, 4]
    out = []
    for x in items:
        out.append(x)
        del items[:]
    return out


class Subclassed(dict):
    def __missing__(self, key):
        return "missing " + str(key)


def subclass_not_inferred():
    d = Subclassed()
    return d["k"]


print(counts("a b a c b a".split()))
print(collect(5))
print(missing_key(), unhashable())
print(rebound_to_other_type(True), rebound_to_other_type(False))
print(rebound_by_loop(), deleted_then_read())
print(walrus_in_comprehension(), shadowed_in_comprehension())
print(nested_closure(), subclass_not_inferred())
print(loop_over_known_list(), loop_over_emptied_list())
