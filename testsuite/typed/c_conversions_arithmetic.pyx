# Each conversion to a C type the lowering plans (ir/conversions.def) and
# each specialised C arithmetic operation (sema/c_operations.def), run.
cimport cython

cdef struct Point:
    int x
    int y

cdef double complex z = 1 + 2j


def arithmetic(int a, int b, double x, double y, unsigned int u):
    cdef long p = a ** 2
    cdef double q = x ** y
    cdef int r = a // b + a % b
    cdef double s = x / y
    cdef double complex w = z * z + z / z - z
    u += 1
    u -= 3
    return p, q, r, s, w, u, a // 2, a % -3, x / 4.0


@cython.cdivision(True)
def c_division(int a, int b, double x, double y):
    return a // b, a % b, x / y, x // y, x % y, z / z


@cython.overflowcheck(True)
def checked(int a, int b):
    return a + b, a - b, a * b


def conversions(bytes data, int[:] view):
    cdef char c = 'x'
    cdef char[3] chars = b"abc"
    cdef Point pt = {'x': 1, 'y': 2}
    cdef const char *lit = b"lit"
    cdef const char *buf = data
    cdef int[3] arr = [1, 2, 3]
    cdef int[:] v = arr
    cdef const int[:] cv = view
    cdef bint t = c
    cdef long n = c
    cdef void *vp = &n
    cdef double d = 7
    return c, chars[0], chars[2], pt.x + pt.y, lit[0], buf[1], v[2], cv[0], t, n, vp != NULL, d


def errors(int a, int b):
    out = []
    for f in (lambda: arithmetic(a, b, 1.0, 0.0, 1), lambda: checked(2147483647, 1)):
        try:
            f()
        except (ZeroDivisionError, OverflowError) as e:
            out.append(type(e).__name__)
    return out


print(arithmetic(7, 2, 2.0, 0.5, 3))
print(arithmetic(-7, 3, 9.0, 2.0, 0))
print(c_division(-7, 2, 7.5, 2.0))
print(checked(1, 2))
import array
print(conversions(b'zq', array.array('i', [5, 6])))
print(errors(1, 0), errors(1, 1))
