# overflowcheck=True: C integer +, -, * that overflow raise OverflowError;
# without it they wrap as C does.
cimport cython

@cython.overflowcheck(True)
def checked_add(int a, int b):
    return a + b

@cython.overflowcheck(True)
def checked_mul(long long a, long long b):
    cdef long long r = a * b
    return r

@cython.overflowcheck(True)
def checked_sub(int a, int b):
    cdef int r = a
    r -= b
    return r

def wrapping_add(unsigned int a, unsigned int b):
    return a + b

for f, a, b in [(checked_add, 2**31 - 1, 1), (checked_add, 5, 6), (checked_mul, 2**40, 2**30),
                (checked_mul, 3, -4), (checked_sub, -2**31, 1), (wrapping_add, 2**32 - 1, 2)]:
    try:
        print(f.__name__, f(a, b))
    except OverflowError as e:
        print(f.__name__, "OverflowError", e)
