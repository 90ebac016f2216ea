# Names older Cython code still uses: `basestring` (str in Cython 3), the
# const_char family of libc.string, and C API results declared const
# (PyCapsule_GetName) stored in plain pointers.
cimport cython
from libc.string cimport const_char, const_uchar, strlen
from cpython.pycapsule cimport PyCapsule_New, PyCapsule_GetName

def takes_basestring(basestring s):
    return cython.typeof(s), s

def const_chars(bytes b):
    cdef const_char *p = b
    cdef const_uchar *u = <const_uchar *>p
    return strlen(p), u[0], p[:2]

def capsule_name():
    cdef int value = 5
    capsule = PyCapsule_New(&value, b"a name", NULL)
    return PyCapsule_GetName(capsule)

print(takes_basestring("text"))
try:
    takes_basestring(b"bytes")
except TypeError as e:
    print("TypeError", e)
print(const_chars(b"hello"))
print(capsule_name())
