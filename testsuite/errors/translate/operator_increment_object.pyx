from cython.operator cimport preincrement

def g(x):
    preincrement(x)
    return x
