cdef double[:] a
cdef int[:, :] b
cdef float[:, ::1] c
cdef double[::1, :] d
cdef int[:, :, :] e
cdef const double[:] f
