# A .pxd declares: methods with bodies there are errors unless they are
# inline C methods or the buffer protocol's two (Cython's rule).
from included.class_bodies cimport A

def f(A a):
    return a
