# Fused functions whose types come from a cimported .pxd, by name and
# through the module.
from numtypes cimport real
cimport numtypes


cdef real twice(real x):
    return x * 2


def scale(numtypes.real x, numtypes.index n):
    if numtypes.real is float:
        return "float", x * n
    return "double", x * n


def calls():
    cdef float f = 1.5
    return twice(f), twice(2.0), twice[float](3.0)
