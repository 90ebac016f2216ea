cdef struct Rect:
    Point top_left, bottom_right
    int tags[4]
