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

# Arrays of other lengths and displays of other lengths, into arrays and
# array slices.
def displays():
    cdef int three[3]
    cdef int two[2]
    three[:2] = [1, 2, 3]
    two = (1, 2, 3)
    three = two
    three[1:] = two
