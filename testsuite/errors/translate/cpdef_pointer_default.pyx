# A cpdef function whose default is a C pointer: its Python wrapper holds
# defaults as objects, which NULL is not (yet).
cpdef (char*) f(char* s=NULL):
    return s or b"abc"
