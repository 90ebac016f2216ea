# distutils: language = c++
# An inferred local of a C++ class lives on the stack: its class needs a
# nullary constructor (Cython's error, once per variable), unless
# cpp_locals is on; a cdef function's parameter already holds its value.
cdef extern from *:
    cdef cppclass Test:
        Test(int)
        int get()

def f(int i):
    var = Test(i)
    var = Test(i + 1)
    cdef Test *p = new Test(3)
    return var.get()

cdef int h(Test given):
    given = Test(2)
    return given.get()

def g():
    cdef Test declared
    declared = Test(1)
    return declared.get()
