# Casts between Python objects and C pointers as Cython does them: <char *>
# of bytes (or a bytearray) is its data, not the object's address (the
# murmurhash bug: hashes of the object header instead of the bytes);
# <void *> is the object's address; <object> of a void * is the object.
from libc.string cimport strlen, memcmp
from cpython.object cimport PyObject

def data_length(value):
    return strlen(<char *>value)

def first_bytes(value):
    cdef const unsigned char *p = <const unsigned char *>value
    return p[0], p[1]

def same_data(a, b):
    return memcmp(<const char *>a, <const char *>b, 3) == 0

def through_void(value):
    cdef void *p = <void *>value
    return (<object>p) is value

def through_pyobject(value):
    cdef PyObject *p = <PyObject *>value
    return (<object>p) is value

print(data_length(b"murmur"), data_length(bytearray(b"hash")))
print(first_bytes(b"AB"), first_bytes(bytearray(b"\x01\x02")))
print(same_data(b"abcdef", bytearray(b"abcxyz")), same_data(b"abc", b"abd"))
print(through_void([1]), through_pyobject("x"))
for bad in ["text", 3, None]:
    try:
        data_length(bad)
    except TypeError as e:
        print("TypeError", e)
