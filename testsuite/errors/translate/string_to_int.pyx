# A string literal where C wants an integer must be one character
# (tests/errors/e_strcoerce.pyx).
cdef int c1 = "t"
cdef int c2 = "te"
cdef int x2 = "\u0FFF"
cdef int u3 = u"\xFF"

cdef int takes(char c):
    return c

def f():
    return takes("ab")
