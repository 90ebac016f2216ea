# cython: boundscheck=maybe, language_level=2
def f():
    return 1
