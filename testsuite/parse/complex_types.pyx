cdef double complex z
cdef float complex w
