def fi(int x): return x
def fu(unsigned int x): return x
def fl(long long x): return x
def fd(double x): return x
def fb(bint x): return x
def fc(char x): return x
def fs(size_t x): return x
cdef int g(int a):
    return a * 2
def call_g(o):
    return g(o)
def div(int a, int b):
    return a // b, a % b, a / b
def fdiv(double a, double b):
    return a / b
for f, v in [(fi, "a"), (fi, 1.5), (fi, 2**40), (fi, None), (fu, -1), (fu, 2**33), (fl, 2**70), (fd, "x"), (fd, None), (fd, 3), (fb, None), (fb, []), (fc, 300), (fc, -129), (fs, -5), (call_g, 2**31), (fi, True)]:
    try:
        print(f.__name__, repr(v), repr(f(v)))
    except Exception as e:
        print(f.__name__, repr(v), type(e).__name__, e)
for a, b in [(7, 2), (-7, 2), (7, -2), (1, 0)]:
    try:
        print(div(a, b))
    except Exception as e:
        print(type(e).__name__, e)
try:
    print(fdiv(1, 0))
except Exception as e:
    print(type(e).__name__, e)
try:
    fi()
except Exception as e:
    print(type(e).__name__, e)
