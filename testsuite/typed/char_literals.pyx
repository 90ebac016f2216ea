# One-character str and bytes literals where C wants an integer are the
# character's C value, as Cython coerces them: `c == 'a'` on a C char (was
# a Python comparison of an int with a str: always False), assignments,
# C call arguments; Py_UCS4 keeps its str-of-one-code-point meaning.
cdef int code_of(char c):
    return c

def classify(bytes data):
    cdef char c
    cdef int letters = 0, digits = 0, spaces = 0
    for c in data:
        if c >= 'a' and c <= 'z':
            letters += 1
        elif b'0' <= c <= b'9':
            digits += 1
        elif c == ' ':
            spaces += 1
    return letters, digits, spaces

def literals():
    cdef char x = "t"
    cdef int y = b"A"
    cdef unsigned char u = "\xFF"
    cdef int s = "\xFF"
    cdef Py_UCS4 w = "é"
    return x, y, u, s, w, code_of("z"), code_of(b"0"), x == 't', x != 'q', y < 'B'

print(classify(b"hello world 42"))
print(literals())
