# DEF constants and IF blocks, evaluated while compiling.
DEF N = 10
DEF HALF = N // 2
DEF NAME = "pyxc"
DEF PI = 3.25
DEF ON = N > 5 and HALF == 5

cdef int table[N]

IF N > 5:
    size = "big"
ELSE:
    size = "small"

def show():
    cdef int i
    for i in range(HALF):
        table[i] = i * N
    print(N, HALF, NAME, PI, ON, size, table[HALF - 1], PI * 2, -N)
    IF ON:
        print("on")
    ELSE:
        print("off")

show()
