# Struct literals (positional and keyword), dicts to structs, nested
# structs, and mappings converted at run time with Cython's errors.
cdef struct Point:
    double x
    double y

cdef struct Box:
    Point lo
    Point hi
    int tag

def run(obj):
    cdef Point p = Point(1, 2)
    cdef Point q = Point(y=5, x=3)
    cdef Point r = {'x': 7, 'y': 8}
    cdef Box b = {'lo': {'x': 0, 'y': 0}, 'hi': p, 'tag': 3}
    print(p, q, r, b.hi.y, b.tag)
    cdef Point s = obj
    return s

print(run({'x': 1.5, 'y': -1}))
for bad in [{'x': 1}, {'x': 'a', 'y': 2}, 5]:
    try:
        run(bad)
    except Exception as e:
        print(type(e).__name__, e)
