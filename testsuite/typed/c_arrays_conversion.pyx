# C arrays converted to Python (char arrays to bytes, others to lists),
# Cython's `cdef char[17] s` syntax, pointer stepping, sizeof(struct).
cdef struct Pair:
    int a
    int b

cdef void copy(char *target, const char *source):
    while source[0]:
        target[0] = source[0]
        source += 1
        target += 1
    target[0] = c'\0'

def run():
    cdef char[17] text
    copy(text, b"seventeen chars!")
    cdef int squares[4]
    cdef double halves[3]
    cdef int i
    for i in range(4):
        squares[i] = i * i
    for i in range(3):
        halves[i] = i / 2
    print(text, squares, halves, sizeof(Pair), sizeof(text))

run()
