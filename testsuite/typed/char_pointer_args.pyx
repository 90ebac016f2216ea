# char * parameters of def functions borrow the argument's buffer (bytes or
# bytearray); anything else is a TypeError, as Cython converts it.
from libc.string cimport strlen

def length(const char *s):
    return strlen(s)

def echo(char *s):
    return s

def first(const char s[]):
    return s[0]

for arg in [b"abc", bytearray(b"xy"), b"", "text", None, 3]:
    for f in (length, echo, first):
        try:
            print(f.__name__, repr(f(arg)))
        except TypeError as e:
            print(f.__name__, "TypeError", e)
