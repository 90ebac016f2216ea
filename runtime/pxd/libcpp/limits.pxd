# <limits>: numeric_limits.
cdef extern from "<limits>" namespace "std" nogil:
    enum float_round_style:
        round_indeterminate = -1
        round_toward_zero = 0
        round_to_nearest = 1
        round_toward_infinity = 2
        round_toward_neg_infinity = 3

    enum float_denorm_style:
        denorm_indeterminate = -1
        denorm_absent = 0
        denorm_present = 1

    cdef cppclass numeric_limits[T]:
        @staticmethod
        T min()
        @staticmethod
        T lowest()
        @staticmethod
        T max()
        @staticmethod
        T epsilon()
        @staticmethod
        T round_error()
        @staticmethod
        T infinity()
        @staticmethod
        T quiet_NaN()
        @staticmethod
        T signaling_NaN()
        @staticmethod
        T denorm_min()
        bint is_specialized
        bint is_signed
        bint is_integer
        bint is_exact
        int radix
        int digits
        int digits10
        int max_digits10
        int min_exponent
        int min_exponent10
        int max_exponent
        int max_exponent10
        bint has_infinity
        bint has_quiet_NaN
        bint has_signaling_NaN
        bint is_iec559
        bint is_bounded
        bint is_modulo
        bint traps
        bint tinyness_before
