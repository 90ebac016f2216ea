# Exception values Cython accepts beyond literals: a cast (`<int *>-1`),
# an enum's item (`E1`, `E.E1`), a character (`'a'`), DEF constants
# (infinity, NaN: tested with isnan) and a header's NaN (`NAN`).
from libc.math cimport NAN

cdef enum E:
    E1
    E2

DEF INFTY = float("inf")
DEF NOT_A_NUMBER = float("nan")

cdef int *pointer_result(bint fail) except <int *>-1:
    if fail:
        raise ValueError("pointer")
    return NULL

cdef E enum_result(bint fail) except? E.E1:
    if fail:
        raise ValueError("enum")
    return E.E2

cdef char char_result(bint fail) except 'a':
    if fail:
        raise ValueError("char")
    return b'z'[0]

cdef double infinite(bint fail) except INFTY:
    if fail:
        raise ValueError("inf")
    return 1.5

cdef double nan_known(bint fail) except NOT_A_NUMBER:
    if fail:
        raise ValueError("nan")
    return 2.5

cdef double nan_header(bint fail) except NAN:
    if fail:
        raise ValueError("NAN")
    return 3.5

def run(bint fail):
    results = []
    for f in range(6):
        try:
            if f == 0:
                results.append(pointer_result(fail) == NULL)
            elif f == 1:
                results.append(enum_result(fail) == E2)
            elif f == 2:
                results.append(char_result(fail))
            elif f == 3:
                results.append(infinite(fail))
            elif f == 4:
                results.append(nan_known(fail))
            else:
                results.append(nan_header(fail))
        except ValueError as e:
            results.append(str(e))
    return results

print(run(False))
print(run(True))
print(E.E1, E.E2)
