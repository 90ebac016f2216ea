# A union whose pointer member shares it with others cannot become a dict:
# the pointer may not point anywhere valid (Cython refuses it too). A union
# of plain values converts.
cdef union Mixed:
    char *text
    int number

cdef union Plain:
    double d
    int i

def mixed():
    cdef Mixed u
    u.number = 1
    return u

def plain():
    cdef Plain p
    p.i = 1
    return p
