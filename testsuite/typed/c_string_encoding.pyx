# distutils: language = c++
# cython: c_string_type=unicode, c_string_encoding=utf8
# c_string_type and c_string_encoding: char * and std::string become str
# (decoded as UTF-8), str objects become them (encoded), and casts name
# the Python type a C string becomes.
from libcpp.string cimport string

def round_trip(text):
    cdef string s = text
    cdef const char *p = text
    return s, s.size(), p, len(<bytes>p)

def casts(bytes data):
    cdef string s = data
    cdef char *p = data
    return <bytes>s, <bytearray>s, <str>s, <unicode>p, <bytes>p, <bytearray>p

print(round_trip("héllo"), round_trip(b"caf\xc3\xa9"))
print(casts(b"abc"))
for bad in (1, None):
    try:
        round_trip(bad)
    except TypeError as e:
        print("TypeError")
