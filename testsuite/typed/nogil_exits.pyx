# Every way out of `with nogil:` gives the GIL back: errors raised in nogil
# code (C division, a nogil function's `except` value, an exception from a
# `with gil:` block), return, break and continue; the exception arrives
# intact, and Python code after the block runs normally.
import threading

cdef int checked(int x) except -1 nogil:
    if x < 0:
        with gil:
            raise ValueError(f"negative: {x}")
    return x * 2

cdef int quiet(int x) noexcept nogil:
    return 10 // x

def divide(int a, int b):
    cdef int r
    with nogil:
        r = a // b
    return r

def through_function(int x):
    cdef int r
    with nogil:
        r = checked(x)
    return r

cdef int first_three(int n):
    cdef int i
    with nogil:
        for i in range(n):
            if i == 3:
                return i * 100
    return -1

def early_return(int n):
    return first_three(n)

def loop_exits(int n):
    cdef int i, total = 0
    for i in range(n):
        with nogil:
            if i % 2:
                continue
            if i > 6:
                break
            total += i
    return total

def reacquire(int n):
    cdef int i
    items = []
    with nogil:
        for i in range(n):
            with gil:
                items.append(i * i)
                if i == 2:
                    raise KeyError("stop at 2")
    return items

def swallowed(int x):
    cdef int r
    with nogil:
        r = quiet(x)
    return r

for call, args in [(divide, (7, 2)), (divide, (1, 0)), (through_function, (4,)), (through_function, (-3,)),
                   (early_return, (10,)), (early_return, (2,)), (loop_exits, (20,)), (reacquire, (5,)),
                   (swallowed, (5,)), (swallowed, (0,))]:
    try:
        print(call.__name__, args, call(*args))
    except Exception as e:
        print(call.__name__, args, type(e).__name__, e)

# The GIL is really given back: other threads keep running Python code.
results = []
threads = [threading.Thread(target=lambda: results.append(loop_exits(1000))) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results)
