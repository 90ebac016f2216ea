# Truth tests of values typed as sized builtins need no GIL (Cython reads
# their length); None is false. Other objects still need it (see
# testsuite/errors/translate/nogil_checks.pyx).
cdef bint nonempty_list(list items) nogil:
    if items:
        return True
    return False

def truths(list l, tuple t, bytes b, str s, set st, frozenset fs, bytearray ba):
    cdef int r[7]
    cdef int one = 1
    with nogil:
        r[0] = 1 if l and one > 0 else 0
        r[1] = not t
        if b:
            r[2] = True
        else:
            r[2] = False
        r[3] = one if s else 0
        r[4] = 0 if not st else one
        while fs:
            r[5] = True
            break
        else:
            r[5] = False
        r[6] = 1 if ba else 0
    return [r[i] for i in range(7)]

class Sub(list):
    def __len__(self):
        return 5

print(truths([], (), b"", "", set(), frozenset(), bytearray()))
print(truths([1], (1,), b"x", "x", {1}, frozenset([1]), bytearray(b"x")))
print(truths(None, None, None, None, None, None, None))
print(nonempty_list([]), nonempty_list([0]), nonempty_list(None))
try:
    nonempty_list(Sub())
except TypeError as e:
    print("TypeError", e)
