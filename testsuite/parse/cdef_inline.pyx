cdef inline int clamp(int x, int lo, int hi) noexcept:
    return lo if x < lo else hi if x > hi else x
