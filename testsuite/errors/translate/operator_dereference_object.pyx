from cython.operator cimport dereference, preincrement

def f(x):
    return dereference(x)
