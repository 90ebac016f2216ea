cdef int counter "c_counter"
