ctypedef struct Pair:
    int first
    int second
