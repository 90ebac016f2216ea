cimport cython

def f(s):
    y = 1
    return cython.cast(cython.typeof(y), s)
