# An enum's items are constants (tests/errors/e_cenum.pyx).
cdef enum Spam:
    a, b, c

cdef void f():
    global a
    a = 42

def g():
    a = 1  # a local of g: fine
    return a
