# Included by error_in_included_file.pyx.

cdef no_such_type x
