# Pure-Python mode: the same file runs under CPython (with the cython shim)
# and compiled by pyxc, where the declarations make C variables.
import cython


def hypot2(x: cython.double, y: cython.double) -> cython.double:
    return x * x + y * y


@cython.locals(i=cython.int, total=cython.long)
def triangle(n):
    total = 0
    for i in range(n + 1):
        total += i
    return total


@cython.boundscheck(False)
@cython.wraparound(False)
def scaled(values, factor: cython.int):
    n = cython.declare(cython.Py_ssize_t, len(values))
    out = []
    k: cython.Py_ssize_t
    for k in range(n):
        out.append(values[k] * factor)
    return out


@cython.cfunc
def helper(x: cython.int) -> cython.int:
    return x + 1


@cython.ccall
@cython.locals(n=cython.long, acc=cython.double)
@cython.returns(cython.double)
def harmonic(n):
    acc = 0
    for k in range(1, n + 1):
        acc += 1.0 / k
    return acc


@cython.cfunc
@cython.exceptval(-1, check=True)
def checked(x: cython.int) -> cython.int:
    if x < 0:
        raise ValueError("negative")
    return x


def uses_helper(x):
    with cython.boundscheck(False):
        return helper(x) * 2


print(hypot2(3, 4), triangle(10), scaled([1, 2, 3], 3), uses_helper(4))
print(cython.cast(cython.int, 7.9), type(triangle(3)).__name__)
print(round(harmonic(10), 6), checked(3))
try:
    checked(-1)
except ValueError as e:
    print("ValueError", e)
try:
    hypot2("a", 1)
except TypeError as e:
    print("TypeError", e)


# frozendict is a builtin of compiled code (dict before Python 3.15), also
# in pure-Python mode; the match statement's class pattern uses it.
def frozen_pattern(v):
    match v:
        case frozendict(d):
            return ("frozendict", d)
    return "unmatched"


if cython.compiled:
    print(frozen_pattern(frozendict(a=1)), frozen_pattern([1]))


# @cython.exceptval(check=False): a C function that cannot raise; its
# errors are printed as unraisable (the exception first, as Cython does).
@cython.cfunc
@cython.exceptval(check=False)
def unraisable() -> cython.int:
    raise RuntimeError("lost")


def call_unraisable():
    import io
    import sys
    saved, sys.stderr = sys.stderr, io.StringIO()
    try:
        result = unraisable()
    finally:
        printed, sys.stderr = sys.stderr.getvalue(), saved
    return result, printed.splitlines()[0], "Exception ignored in" in printed


if cython.compiled:
    print(call_unraisable())
