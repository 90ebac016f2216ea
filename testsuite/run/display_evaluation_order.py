# Displays evaluate all their items before building (BUILD_MAP, BUILD_SET),
# so side effects happen even when an item is unhashable.
log = []


def note(x):
    log.append(x)
    return x


def unhashable(x):
    log.append(x)
    return [x]


for build in (lambda: {1: 2, note(2): 3, unhashable(4): 5, note(5): 6},
              lambda: {1, note(2), unhashable(4), note(5)},
              lambda: [note("a"), note("b")],
              lambda: (note("t1"), note("t2"))):
    log.clear()
    try:
        print(build())
    except TypeError as e:
        print("TypeError:", e)
    print(log)
print({note("k1"): note("v1"), note("k2"): note("v2")}, log[-4:])
