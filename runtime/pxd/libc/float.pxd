# <float.h>: the properties of the C floating-point types.
cdef extern from "<float.h>" nogil:
    const int FLT_RADIX
    const int FLT_MANT_DIG
    const int DBL_MANT_DIG
    const int LDBL_MANT_DIG
    const int FLT_DIG
    const int DBL_DIG
    const int LDBL_DIG
    const int FLT_MIN_EXP
    const int DBL_MIN_EXP
    const int FLT_MAX_EXP
    const int DBL_MAX_EXP
    const float FLT_MAX
    const double DBL_MAX
    const long double LDBL_MAX
    const float FLT_MIN
    const double DBL_MIN
    const long double LDBL_MIN
    const float FLT_EPSILON
    const double DBL_EPSILON
    const long double LDBL_EPSILON
