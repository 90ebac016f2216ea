# Unions: C storage shared by their members; to Python a dict of every
# member, from Python a mapping naming exactly one.
cdef union Num:
    int i
    float f

cdef struct Tagged:
    int tag
    Num n

def reinterpret():
    cdef Num n
    n.i = 0x3f800000
    cdef Tagged s
    s.tag = 1
    s.n.f = 2.5
    return n.f, s.n.f, s.tag, sizeof(Num)

def as_dict():
    cdef Num n
    n.f = 1.0
    return n

def bits(Num n):
    return n.i

def tagged(Tagged t):
    return t.tag, t.n.i

print(reinterpret(), as_dict())
print(bits({'i': 7}), bits({'f': 1.0}), tagged({'tag': 3, 'n': {'i': 9}}))
for bad in ({'i': 1, 'f': 2.0}, {}, {'x': 1}, {'i': 1, 'x': 2}, 5, {'i': 'no'}):
    try:
        bits(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
