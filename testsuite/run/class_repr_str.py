class Plain:
    pass
p = Plain()
print(repr(p).startswith("<"), str(p) == repr(p), type(p).__name__, Plain.__name__, Plain.__module__ == __name__)
class Both:
    def __str__(self):
        return "str form"
    def __repr__(self):
        return "repr form"
b = Both()
print(b, str(b), repr(b), [b], f"{b}", f"{b!r}", "%s %r" % (b, b), format(b))
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
print(OnlyRepr(), str(OnlyRepr()), {1: OnlyRepr()})
