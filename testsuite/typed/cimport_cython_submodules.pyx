# `cimport cython.parallel` / `cimport cython.operator` (with or without
# `as`): Cython's own modules, read at compile time, never loaded.
cimport cython.parallel
cimport cython.parallel as cp
cimport cython.operator
cimport cython.operator as op

def sums(int n):
    cdef int i, s = 0, t = 0
    for i in cython.parallel.prange(n, nogil=True):
        s += i
    for i in cp.prange(n, nogil=True):
        t += i
    return s, t

def pointers():
    cdef int[3] a = [1, 2, 3]
    cdef int *p = &a[0]
    cython.operator.preincrement(p)
    return cython.operator.dereference(p), op.dereference(op.preincrement(p))

print(sums(10))
print(pointers())
