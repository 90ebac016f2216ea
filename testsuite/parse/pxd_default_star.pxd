cpdef int f(int x, int y=*)
