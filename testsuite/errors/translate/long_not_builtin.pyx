# Cython 3.3 keeps Python 2's unicode and xrange as builtins, but not long.
def f(x):
    return unicode(x), xrange(3), long(x)
