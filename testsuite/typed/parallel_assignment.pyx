# `a, b = b, a` with C values: item by item (pointers too, which have no
# Python form); every value computed before any target is stored.
cdef struct Node:
    int value
    Node *next

def swap_pointers():
    cdef Node a, b
    a.value = 1
    b.value = 2
    a.next = &a
    b.next = &b
    a.next, b.next = b.next, a.next
    assert a.next is &b and b.next is &a
    a.next.next, a.next = &a, NULL
    return a.next is NULL, b.next is &a

def swap_ints(int i, int j):
    i, j = j, i
    return i, j

def rotate(double x, double y, double z):
    x, y, z = y, z, x
    return x, y, z

def mixed(o, int i):
    i, o = o, i
    return i, o

def failing(int i, int j):
    text = "not an int"
    try:
        i, j = j, text
    except TypeError as e:
        print("TypeError", e)
    return i, j

def pointer_difference():
    cdef int values[4]
    cdef int *p = &values[3]
    cdef int *q = &values[0]
    return p - q, q - p

print(swap_pointers())
print(swap_ints(1, 2))
print(rotate(1, 2, 3))
print(mixed(7, 8))
print(failing(1, 2))
print(pointer_difference())
