# C calls of functions whose parameters refuse None (an annotation naming
# an extension type) check their argument, as Cython does.
cdef class E:
    cdef int v

cpdef annotated(a: E):
    return type(a).__name__

cpdef annotated_default(a: E = None):
    return a is None

def calls(a):
    for call in (lambda: annotated(a), lambda: annotated_default(a)):
        try:
            print(call())
        except TypeError as e:
            print("TypeError", e)

calls(E())
calls(None)
calls(3)
try:
    annotated(None)
except TypeError as e:
    print("TypeError", e)
