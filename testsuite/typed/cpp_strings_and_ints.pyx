# distutils: language = c++
# std::string and std::string_view where Python code uses them (decode,
# slices: the bytes they convert to), literals coerced to them without an
# object, a string_view of a std::string and of a bytes object's buffer;
# integer types a header defines as classes or wider than long long,
# converted through their bytes.
from libcpp.string cimport string
from libcpp.string_view cimport string_view

cdef extern from *:
    """
    #include <cstring>
    template <unsigned N> struct Bytes {
        unsigned char b[N];
        Bytes() { std::memset(b, 0, N); }
        Bytes(long long v) {
            for (unsigned i = 0; i < N; ++i) b[i] = i < sizeof v ? (unsigned char)(v >> (8 * i)) : (v < 0 ? 0xff : 0);
        }
        operator long long() const {
            long long v = 0;
            for (unsigned i = 0; i < sizeof v; ++i) v |= (long long)(i < N ? b[i] : (b[N - 1] & 0x80 ? 0xff : 0)) << (8 * i);
            return v;
        }
        bool operator<(const Bytes &o) const { return (signed char)b[N - 1] < (signed char)o.b[N - 1]; }
        bool operator==(const Bytes &o) const { return std::memcmp(b, o.b, N) == 0; }
    };
    typedef Bytes<3> Int24;
    typedef Bytes<16> Int128;
    """
    ctypedef int Int24
    ctypedef int Int128

cdef int compare(string_view s) except -999:
    return s.compare(b"abc")

def strings(bytes data):
    cdef string s = data
    cdef string_view whole = s
    cdef string_view view = <bytes>data
    return (s.decode("ascii"), s[1:3].decode("ascii"), whole.decode("utf-8"), view.size(),
            compare("abc"), compare(b"abd") < 0, compare("ab") > 0)

def int24(Int24 i):
    return i

def int128(Int128 i):
    return i

print(strings(b"xyz"))
print(int24(-5), int24(2 ** 23 - 1), int128(-7), int128(2 ** 126))
for bad in (lambda: int24(2 ** 23), lambda: int24("1"), lambda: int128(2 ** 127)):
    try:
        bad()
    except (OverflowError, TypeError) as e:
        print(type(e).__name__)
