# raise and assert in nogil code (a nogil function, a 'with nogil' block) take
# the GIL for themselves, as Cython compiles them.
cdef int checked(int x) except -1 nogil:
    if x < 0:
        raise ValueError(f"negative {x}")
    assert x != 3, "three"
    return x

def f(int x):
    with nogil:
        if x == 7:
            raise KeyError(x)
        assert x != 8
        checked(x)
    return x
for v in (1, -2, 3, 7, 8):
    try:
        print(f(v))
    except Exception as e:
        print(type(e).__name__, e)
