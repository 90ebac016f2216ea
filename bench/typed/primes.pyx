# The first primes by trial division, kept in a C array.
# cython: cdivision=True
def primes(int wanted):
    cdef int p[10000]
    cdef int found = 0, n = 2, i
    if wanted > 10000:
        wanted = 10000
    while found < wanted:
        for i in range(found):
            if n % p[i] == 0:
                break
        else:
            p[found] = n
            found += 1
        n += 1
    return [p[i] for i in range(found)]


def run():
    return primes(10000)[-1]
