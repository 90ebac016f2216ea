# A keyword given twice: Cython's words for a C function, CPython's for a
# Python call.
cdef int c_add(int x, int y):
    return x + y

def py_kwargs(**k):
    return k

def calls():
    c_add(x=1, y=2, x=3)
    py_kwargs(a=1, b=2, a=3)
