from cython.parallel import prange

def f(n):
    for i in prange(n, nogil=True):
        pass
