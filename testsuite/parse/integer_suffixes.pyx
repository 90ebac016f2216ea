cdef long big = 10L
cdef unsigned long u = 3UL
old_octal = 0755
