# <bit> (C++20): bit manipulation of unsigned integers.
cdef extern from "<bit>" namespace "std" nogil:
    To bit_cast[To, From](const From&)
    bint has_single_bit[T](T x)
    T bit_ceil[T](T x)
    T bit_floor[T](T x)
    int bit_width[T](T x)
    T rotl[T](T x, int s)
    T rotr[T](T x, int s)
    int countl_zero[T](T x)
    int countl_one[T](T x)
    int countr_zero[T](T x)
    int countr_one[T](T x)
    int popcount[T](T x)

    cpdef enum class endian(int):
        little
        big
        native
