# A string literal fills a C array only when its length is the array's.
def f():
    cdef char word[4]
    word = b'abc'
    return word

cdef struct Named:
    char tag[3]
    int size

def g():
    cdef Named n = Named(b"toolong", 1)
    return n.size
