# Included by include_files.pyx (and including another file in turn).
cdef int twice(int x):
    return 2 * x


def fails():
    raise ValueError("raised in the .pxi")

include "include_files_more.pxi"
