# C arrays, pointers, address-of, sizeof, NULL and module-level cdef
# variables.
from libc.stdlib cimport malloc, free
from libc.string cimport memset

cdef int table[8]
cdef int count = 0

cdef void fill(int *data, int n):
    cdef int i
    for i in range(n):
        data[i] = i * i

def run():
    global count
    fill(table, 8)
    print([table[i] for i in range(8)])
    cdef int *p = &table[2]
    print(p[0], p[1], table[7])
    p[1] = 100
    print(table[3])
    cdef double *d = <double *>malloc(4 * sizeof(double))
    memset(d, 0, 4 * sizeof(double))
    d[1] = 2.5
    print(d[0], d[1], sizeof(int), sizeof(double))
    free(d)
    cdef int *nothing = NULL
    print(nothing == NULL, p != NULL)
    count += 3
    count = count * 2
    print(count)
    cdef char grid[3][4]
    cdef int r, c
    for r in range(3):
        for c in range(4):
            grid[r][c] = r * 4 + c
    print(grid[2][3], sizeof(grid))
    # Casting a C string to a Python type converts it (a bytes object); any
    # other pointer is taken to be an object.
    cdef char *word = b"ascii"
    cdef const char *const_word = word
    print(<bytes>word == b"ascii", <object>const_word, type(<object>word).__name__)
    cdef void *as_pointer = <void *>word_object
    print(<object>as_pointer is word_object)

word_object = "an object"
run()
print(count)

# A pointer to a whole array (`int (*)[5]`): `&a`, indexed through it.
ctypedef int five_ints[5]

def array_address(int ix, int x):
    cdef five_ints a
    a[:] = [1, 2, 3, 4, 5]
    cdef five_ints *a_ptr = &a
    a_ptr[0][ix] = x
    return a[ix], list(a), sizeof(a_ptr[0]) // sizeof(int)

print(array_address(2, 200), array_address(0, -1))
