def f(n):
    cdef int i, total = 0
    for i in range(n):
        total += i
    return total
