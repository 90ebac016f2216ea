# C arithmetic: promotion, Python's // and % for C ints and doubles,
# division by zero, overflow of division, comparisons, bint, literals.
cdef int a = 7, b = -2
cdef long big = 2147483647
cdef unsigned int u = 3
cdef double x = 7.5, y = -2.0
cdef bint flag = True

print(a + b, a - b, a * b, a / b, a // b, a % b, -a // 2, -a % 2)
print(x + y, x * y, x / y, x // y, x % y, -x // 2, -x % 2.0)
print(a + x, a * 2, a * 2.5, b << 3, a >> 1, a & 6, a | 8, a ^ 5, ~a)
print(big + 1, big * 2, u * 2, u - 1)
print(a < b, a > b, a == 7, a != 7, b < 0 < a, 0 < b < a, x >= 7.5)
print(flag, not flag, flag + 1, flag and a, a or b, not a)
print(a if a > b else b, x if flag else a)
print(abs(b), abs(y), abs(-a))

def division(long p, long q):
    return p // q

def modulo(long p, long q):
    return p % q

def fdivide(double p, double q):
    return p / q

def fmod(double p, double q):
    return p % q

def idivide(int p, int q):
    return p / q

for fn, p, q in [(division, 7, 0), (modulo, 7, 0), (fdivide, 1, 0), (fmod, 1, 0), (idivide, 1, 0),
                 (division, -9223372036854775807 - 1, -1), (division, -7, 2), (modulo, -7, 2),
                 (modulo, 7, -2), (fmod, -7.5, 2), (fdivide, 1, 3)]:
    try:
        print(fn.__name__, p, q, fn(p, q))
    except Exception as e:
        print(fn.__name__, p, q, type(e).__name__, e)

def mixed(o):
    cdef int n = 3
    return n + o, o * n, n < o, o // n

print(mixed(10), mixed(2.5))
try:
    mixed("s")
except TypeError as e:
    print("TypeError", e)
