cimport cython

@cython.wraparound(sometimes)
def f():
    return 1
