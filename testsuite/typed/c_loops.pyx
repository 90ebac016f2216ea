# C loops: range() with a C index (one, two and three arguments, negative
# and variable steps, a zero step), break/else, the index after the loop,
# and Cython's `for i from a <= i < b`.
def loops(int n):
    cdef int i, total = 0
    for i in range(n):
        total += i
    print("sum", total, "last", i)
    for i in range(2, n, 3):
        print("step3", i)
    for i in range(n, 0, -2):
        print("down", i)
    cdef int step = -1
    for i in range(3, -1, step):
        print("var", i)
    for i in range(10):
        if i == 4:
            break
    else:
        print("not reached")
    print("broke at", i)
    for i in range(0):
        print("never")
    else:
        print("empty else")
    for i from 0 <= i < n by 2:
        print("from", i)
    for i from n > i >= 0:
        print("down from", i)
    step = 0
    try:
        for i in range(5, 0, step):
            pass
    except ValueError as e:
        print("ValueError", e)

loops(5)

def inferred(n):
    cdef int m = n
    for j in range(m):
        pass
    return j

print(inferred(4))
try:
    loops("x")
except TypeError as e:
    print("TypeError", e)
