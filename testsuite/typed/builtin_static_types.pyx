# Builtin Python types as static types: argument and assignment checks.
def f(list xs, dict d=None, str s="x"):
    cdef list out = []
    cdef tuple t
    out.append(len(xs))
    t = (1, 2)
    return out, t, d, s

for args in [([1],), ((1,),), ([1], 5), ([1], None, b"b"), (None,)]:
    try:
        print(f(*args))
    except TypeError as e:
        print("TypeError", e)

def g(o):
    cdef list l = o
    return l

for o in [[1], (1,), None]:
    try:
        print(g(o))
    except TypeError as e:
        print("TypeError", e)


def python2_dict_iterators():
    # d.iterkeys()/itervalues()/iteritems() on a `cdef dict` are Python 3's views.
    cdef dict d = {"b": 2, "a": 1}
    print(sorted(d.iterkeys()), sorted(d.itervalues()), sorted(d.iteritems()))


python2_dict_iterators()


def unpack_messages():
    # Cython's wording for too few values (CPython says "not enough values").
    for value in [(1,), [1, 2], iter([1]), (1, 2, 3, 4)]:
        try:
            a, b, c = value
            print(a, b, c)
        except ValueError as e:
            print("ValueError:", e)


unpack_messages()

# Builtin static types are exact, as in Cython: a subclass is refused
# (with Cython's note when the type comes from an annotation).
class ListSubclass(list):
    pass

def takes_list(list items):
    return len(items)

def takes_annotated(items: list):
    return len(items)

def assigns_list(value):
    cdef list items = value
    return len(items)

for fn in (takes_list, takes_annotated, assigns_list):
    try:
        print(fn(ListSubclass([1, 2])))
    except TypeError as e:
        print("TypeError:", e)
    print(fn([1]))
    try:
        print(fn(None))
    except TypeError as e:
        print("TypeError:", e)
