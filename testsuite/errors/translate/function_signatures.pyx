# A cdef function is defined as the module's .pxd declares it: the same
# parameters, result and nogil, and an exception declaration the
# declaration's callers handle (a wider check is fine, a narrower not).
cdef int wider_check(int x) except 0:
    return 1

cdef int any_value(int x) except -1:
    return 1

cdef int wrong_args(int x, int y):
    return 1

cdef int wrong_result(int x):
    return 1

cdef int narrower_check(int x) except? 0:
    return 1

cdef int released(int x):
    return 1
