# The sanitizer job's canary: a heap buffer overflow the sanitizers must
# report (the job proves it can fail). Never part of a normal run.
from libc.stdlib cimport malloc, free

def overflow(int n):
    cdef int *items = <int *>malloc(4 * sizeof(int))
    cdef int i
    for i in range(n):
        items[i] = i
    cdef int last = items[n - 1]
    free(items)
    return last

print(overflow(4))
print(overflow(5))
