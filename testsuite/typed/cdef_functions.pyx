# cdef functions: C calls, except values, except?, except *, noexcept,
# default arguments, object results; cpdef from Python and from C.
cdef int checked(int n) except -1:
    if n < 0:
        raise ValueError("negative")
    return n * 2

cdef int maybe(int n) except? -1:
    if n == 0:
        raise KeyError("zero")
    return n - 1

cdef void side(list out, int n) except *:
    if n > 2:
        raise IndexError("too many")
    out.append(n)

cdef int quiet(int n) noexcept:
    if n:
        raise RuntimeError("ignored")
    return 5

cdef double scaled(double v, double factor=2.0):
    return v * factor

cdef object pair(a, int b):
    return (a, b)

cpdef int triple(int n):
    return n * 3

cdef long implicit(long n):
    if n > 100:
        raise OverflowError("implicit except? -1")
    return n

def run():
    print(checked(4), maybe(5), maybe(0 + 1))
    for f in (lambda: checked(-1), lambda: maybe(0), lambda: implicit(1000)):
        try:
            f()
        except Exception as e:
            print(type(e).__name__, e)
    out = []
    side(out, 1)
    side(out, 2)
    try:
        side(out, 3)
    except IndexError as e:
        print("IndexError", e, out)
    print(maybe(0) if False else implicit(-1))
    print(scaled(1.5), scaled(1.5, 3), pair("x", 7), triple(5), triple(triple(2)))

run()
print(triple(4), triple.__name__)
python_triple = triple
try:
    python_triple("no")
except TypeError as e:
    print("TypeError", e)
try:
    python_triple()
except TypeError as e:
    print("TypeError", e)
