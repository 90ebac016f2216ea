# Py_UCS4 is a character to Python (a str of one), and takes a one-character
# str or a code point; string literals fill C arrays code point by code point
# (byte by byte for char arrays).
def echo(Py_UCS4 c):
    return c, <long>c

def code_points():
    cdef Py_UCS4 snow[3]
    cdef short small[2]
    cdef char bytes_[3]
    snow = '☃∑x'
    small = '∑a'
    bytes_ = b'abc'
    return snow, small, [bytes_[i] for i in range(3)]

print(echo('☃'), echo(65), echo('x'))
for bad in ('ab', '', -1, 0x110000, 1.5):
    try:
        echo(bad)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(code_points())
