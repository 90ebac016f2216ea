cdef enum Color:
    RED
    GREEN = 5
    BLUE
