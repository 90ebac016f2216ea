# cdef enums and structs: values, arithmetic, arrays sized by enum
# items, struct fields, pointers to structs, structs as dicts, c'x' chars.
cdef enum Color:
    RED
    GREEN = 5
    BLUE
    MASK = GREEN | 8

cdef enum:
    SIZE = 4

cdef struct Point:
    double x
    double y

cdef struct Segment:
    Point a
    Point b
    int tag

cdef double length2(Segment *s):
    cdef double dx = s.b.x - s.a.x, dy = s.b.y - s.a.y
    return dx * dx + dy * dy

def main():
    cdef Color c = BLUE
    cdef int table[SIZE]
    cdef int i
    for i in range(SIZE):
        table[i] = i * GREEN
    print(RED, GREEN, BLUE, MASK, c, table[3])
    cdef Point p
    p.x = 1.5
    p.y = -2
    cdef Segment s
    s.a = p
    s.b.x = 4.5
    s.b.y = 2
    s.tag = c
    print(p.x + p.y, length2(&s), s.tag)
    print(p, s)
    cdef char ch = c'A'
    print(ch, ch + 1, c'z')
    cdef char *text = b"bytes here"
    print(text, text[0])
main()
