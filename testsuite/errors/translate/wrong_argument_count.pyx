cdef int add(int a, int b):
    return a + b

def f():
    return add(1)
