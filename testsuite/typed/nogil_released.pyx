# `with nogil:` releases the GIL: two threads run the loop at once and both
# finish with the right sums.
from libc.math cimport sqrt
import threading

cdef double work(int n) noexcept nogil:
    cdef double total = 0
    cdef int i
    for i in range(n):
        total += sqrt(i)
    return total

def run(int n):
    cdef double result
    with nogil:
        result = work(n)
    return round(result, 3)

results = []
threads = [threading.Thread(target=lambda: results.append(run(200000))) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results, run(10))


# A nogil function's object locals, assigned in `with gil:` blocks, are
# released with the GIL when it returns or raises, also when its caller
# released the GIL.
cdef int collects(int n) except -1 nogil:
    with gil:
        items = [None] * n
    with gil:
        items[0] = n
        if n > 2:
            raise ValueError(f"too many: {items[0]}")
    return n

def call_collects(int n):
    cdef int got
    with nogil:
        got = collects(n)
    return got

print(call_collects(1), collects(2))
try:
    call_collects(5)
except ValueError as e:
    print("ValueError", e)
