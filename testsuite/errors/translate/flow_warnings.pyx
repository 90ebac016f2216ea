# cython: warn.undeclared=True
# Control-flow warnings: unreachable code, implicit declarations; the
# error at the end makes the file fail.
def f(a):
    total = 0
    for i in a:
        continue
        total += i
    return total
    print("never")

def g():
    cdef int declared = 1
    try:
        raise ValueError
    except KeyError:
        pass
    else:
        declared = 2
    return declared

cdef struct S:
    object member
