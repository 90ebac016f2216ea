# A char * stored from a temporary object would dangle the moment the
# statement ends; Cython refuses it (tests/errors/charptr_from_temp.pyx).
cdef bytes c_s = b"abc"
s = b"abc"

cdef char *cptr
cptr = b"xyz"      # a constant: fine
cptr = c_s         # a variable: fine
cptr = s + b"cba"  # a temporary: error
cptr = s[:2]       # a slice is a temporary too

def f(bytes b):
    cdef const char *p = b + b"!"
    return p[0]

cdef object blarg

def g(obj):
    cdef void *p
    p = <void *>blarg          # a variable: fine
    p = <void *>(obj + blarg)  # the address of a temporary: error
    return p != NULL
