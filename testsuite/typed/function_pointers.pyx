# C function pointers: assignment from functions and &f, calls through
# pointers, identity, typedef'd function types; packed structs.
ctypedef int binary_t(int, int)

cdef int add(int a, int b):
    return a + b

cdef int mul(int a, int b):
    return a * b

cdef binary_t *pick(bint multiply):
    return &mul if multiply else &add

cdef packed struct Packed:
    char c
    int i

def run():
    cdef int (*op)(int, int)
    op = add
    print(op(2, 3), op is add, op == &add, op is mul)
    op = &mul
    print(op(2, 3), pick(True)(4, 5), pick(False)(4, 5))
    print(sizeof(Packed))

run()
