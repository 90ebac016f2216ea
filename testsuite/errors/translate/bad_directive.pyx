# cython: boundscheck=maybe, language_level=4
def f():
    return 1
