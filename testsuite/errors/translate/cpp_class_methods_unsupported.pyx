# distutils: language = c++
# C++ classes the module defines: what they cannot do yet (classes
# nested in one), and Cython's warning for a class the module's .pxd
# declared already.
cdef cppclass Outer:
    cppclass Inner:
        int x
    int f():
        return 1

cdef cppclass Declared:
    int value
    int get():
        return this.value
