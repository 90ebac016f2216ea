# Sequence patterns take their items as CPython's compiler does: a named
# star (or no star) iterates the subject, `*_` indexes it, all-wildcard
# patterns take nothing. A deque has no slices; a logging sequence shows
# which protocol each pattern uses.
import collections
import collections.abc


class Logged(collections.abc.Sequence):
    def __init__(self, *items):
        self.items = list(items)
        self.log = []

    def __len__(self):
        self.log.append("len")
        return len(self.items)

    def __getitem__(self, i):
        self.log.append(f"getitem {i}")
        return self.items[i]

    def __iter__(self):
        self.log.append("iter")
        return iter(self.items)


def shape(subject):
    match subject:
        case []:
            return "empty"
        case [x]:
            return f"one {x}"
        case [first, *rest, last] if len(rest) > 2:
            return f"long {first} {rest} {last}"
        case [first, *_, last]:
            return f"ends {first} {last}"
        case [_, _, *_]:
            return "two or more"
        case _:
            return "other"


for subject in [collections.deque(), collections.deque([1]), collections.deque([1, 2]), collections.deque(range(6)),
                [1, 2, 3], (4, 5, 6, 7, 8), range(3), "text"]:
    print(type(subject).__name__, shape(subject))

for items in [(), (1,), (1, 2, 3), (1, 2, 3, 4, 5)]:
    logged = Logged(*items)
    print(items, shape(logged), logged.log)


def stars(subject):
    match subject:
        case [*head, 0]:
            return ("zero-ended", head)
        case [1, *middle, 9]:
            return ("one-to-nine", middle)
        case [*everything]:
            return ("all", everything)


print(stars(collections.deque([5, 6, 0])), stars(collections.deque([1, 2, 3, 9])), stars(collections.deque([7])))
