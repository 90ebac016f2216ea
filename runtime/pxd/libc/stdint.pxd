# <stdint.h>: integer types of exact and minimum widths, and their limits.
cdef extern from "<stdint.h>" nogil:
    ctypedef signed char int8_t
    ctypedef signed short int16_t
    ctypedef signed int int32_t
    ctypedef signed long long int64_t
    ctypedef unsigned char uint8_t
    ctypedef unsigned short uint16_t
    ctypedef unsigned int uint32_t
    ctypedef unsigned long long uint64_t
    ctypedef signed char int_least8_t
    ctypedef signed short int_least16_t
    ctypedef signed int int_least32_t
    ctypedef signed long long int_least64_t
    ctypedef unsigned char uint_least8_t
    ctypedef unsigned short uint_least16_t
    ctypedef unsigned int uint_least32_t
    ctypedef unsigned long long uint_least64_t
    ctypedef signed char int_fast8_t
    ctypedef signed long int_fast16_t
    ctypedef signed long int_fast32_t
    ctypedef signed long long int_fast64_t
    ctypedef unsigned char uint_fast8_t
    ctypedef unsigned long uint_fast16_t
    ctypedef unsigned long uint_fast32_t
    ctypedef unsigned long long uint_fast64_t
    ctypedef signed long intptr_t
    ctypedef unsigned long uintptr_t
    ctypedef signed long long intmax_t
    ctypedef unsigned long long uintmax_t

    const int8_t INT8_MIN
    const int8_t INT8_MAX
    const int16_t INT16_MIN
    const int16_t INT16_MAX
    const int32_t INT32_MIN
    const int32_t INT32_MAX
    const int64_t INT64_MIN
    const int64_t INT64_MAX
    const uint8_t UINT8_MAX
    const uint16_t UINT16_MAX
    const uint32_t UINT32_MAX
    const uint64_t UINT64_MAX
    const size_t SIZE_MAX
