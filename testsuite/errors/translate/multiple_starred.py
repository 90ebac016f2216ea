# CPython: a syntax error when compiling, as pyxc reports it.
def f(x):
    *a, *b = x
