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
