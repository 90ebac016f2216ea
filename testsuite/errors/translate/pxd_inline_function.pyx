# A cdef function with its body in a .pxd file is not emitted yet: an error
# where it is used, not C++ that fails to build.
from included.inline_support cimport twice

def f(int x):
    return twice(x)
