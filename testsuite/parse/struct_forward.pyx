cdef struct Node
cdef struct Node:
    int value
    Node *next
