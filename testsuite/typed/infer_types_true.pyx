# cython: infer_types=True
# Aggressive inference: integers used in arithmetic become C longs too
# (and then wrap as C does).
def count(n):
    cdef int limit = n
    total = 0
    for i in range(limit):
        total += i * 2
    print(total, cython_typeof_stand_in(total))
    big = 2 ** 62
    return big

def cython_typeof_stand_in(x):
    return type(x).__name__

print(count(10))
