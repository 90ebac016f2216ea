cdef int wider_check(int x) except? 0
cdef int any_value(int x) except *
cdef int wrong_args(int x, long y)
cdef long wrong_result(int x)
cdef int narrower_check(int x) except 0
cdef int released(int x) nogil
