# Python's division on an integer element of a buffer object is refused
# (cdivision's C division is allowed).
cimport cython

def halve(object[int, ndim=1] values):
    values[0] //= 2
    values[0] /= 2
    values[0] %= 2
    values[0] *= 2

@cython.cdivision(True)
def halve_c(object[int, ndim=1] values):
    values[0] //= 2
