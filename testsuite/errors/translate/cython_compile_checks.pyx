# CPython's compile-time checks in a .pyx file, in Cython's words.
break

def f(a, int b, a):
    for i in range(3):
        pass
    else:
        continue

cdef int g(int x, double x):
    return x

class A:
    return 1

def h(x):
    match x:
        case {"k": 1, "k": 2}:
            pass
        case C(a=1, a=2):
            pass
