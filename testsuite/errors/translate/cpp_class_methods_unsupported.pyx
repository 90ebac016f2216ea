# distutils: language = c++
# C++ classes the module defines: what their methods cannot do yet
# (Python object fields, classes nested in one), and
# Cython's warning for a class the module's .pxd declared already.
cdef cppclass Holder:
    object tag
    int n
    int get():
        return this.n

cdef cppclass Outer:
    cppclass Inner:
        int x
    int f():
        return 1

cdef cppclass Declared:
    int value
    int get():
        return this.value
