# Fused functions: one IR function per specialisation (the cdef ones named
# by their signature), calls of cdef ones resolved to a specialisation, the
# def ones adding themselves to the name's fused function object.
cimport cython

ctypedef fused number:
    int
    double

cdef number twice(number x):
    if number is int:
        return x * 2
    return x + x

def scale(cython.floating x, number n):
    return x * twice(n)

def calls():
    cdef float f = 1
    return twice(3), twice(2.5), twice[double](1), scale(f, 2)

cpdef cython.floating third(cython.floating x):
    return x / 3
