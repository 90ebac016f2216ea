# Cython's safe type inference: untyped locals that become C values print
# and behave as the Python values they stand for.
def infer(n):
    cdef int m = 7
    z = 3
    x = 1.5
    y = 0
    y = 2.5
    k = m
    k2 = m + 1
    q = m / 2
    r = m // 2
    e = True
    g = m < 3
    h = -m
    p = 2 ** 10
    a = 0
    a += 1
    s = "text"
    for i in range(3):
        pass
    print(z, x, y, k, k2, q, r, e, g, h, p, a, s, i)
    print(type(z).__name__, type(x).__name__, type(e).__name__, type(q).__name__)
    return z + x

print(infer(None))
