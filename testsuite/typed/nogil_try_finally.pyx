# try/finally without the GIL (Cython allows it; try/except needs the GIL):
# the finally clause runs on every way out, and an exception raised in a
# `with gil:` block passes through it, saved and restored holding the GIL.
cdef int checked(int x) except -1 nogil:
    if x < 0:
        with gil:
            raise ValueError(f"negative: {x}")
    return x * 2

cdef int in_nogil_function(int x, int *cleanups) except -1 nogil:
    try:
        if x == 0:
            return 100
        return checked(x)
    finally:
        cleanups[0] += 1

def block(int n):
    cdef int total = 0
    cdef int cleanups = 0
    with nogil:
        try:
            total = checked(n)
        finally:
            cleanups += 1
            total += 1
    return total, cleanups

def function(int n):
    cdef int cleanups = 0
    try:
        return in_nogil_function(n, &cleanups), cleanups
    except ValueError as e:
        return str(e), cleanups

def loop(int n):
    cdef int i, seen = 0
    with nogil:
        for i in range(n):
            try:
                if i == 2:
                    continue
                if i == 4:
                    break
            finally:
                seen += 1
    return seen

print(block(3))
try:
    block(-1)
except ValueError as e:
    print("ValueError", e)
print(function(5), function(0), function(-2))
print(loop(10))
