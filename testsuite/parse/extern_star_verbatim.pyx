cdef extern from *:
    """
    static int twice(int x) { return 2 * x; }
    """
    int twice(int x)
