# Enums a header declares keep their C type: values of them pass to
# functions that take the enum (C++ converts no int to an enum implicitly),
# convert from and to Python ints, and take part in int arithmetic.
cdef extern from "extern_enum.h":
    ctypedef enum light_t:
        LIGHT_RED
        LIGHT_AMBER
        LIGHT_GREEN
    cdef enum speed:
        SLOW
        FAST
    light_t next_light(light_t l)
    int limit_of(speed s)

def cycle(int steps):
    cdef light_t l = LIGHT_RED
    cdef int i
    seen = []
    for i in range(steps):
        seen.append(l)
        l = next_light(l)
    return seen

def from_python(value):
    cdef light_t l = value
    return next_light(l), l + 1, l == LIGHT_GREEN

def limits():
    cdef speed s = FAST
    return limit_of(SLOW), limit_of(s), s * 2

print(cycle(5), from_python(1), from_python(2), limits())
