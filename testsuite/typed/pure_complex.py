# Complex C types in pure-Python mode: cython.doublecomplex and friends.
import cython


def norm2(z: cython.doublecomplex) -> cython.double:
    w: cython.doublecomplex = z.conjugate()
    return (z * w).real


@cython.cfunc
def rotate(z: cython.doublecomplex, quarter_turns: cython.int) -> cython.doublecomplex:
    i: cython.int
    for i in range(quarter_turns):
        z = z * 1j
    return z


def spin(x):
    return rotate(x, 3)


print(norm2(3 + 4j), spin(2 + 1j), spin(5))
