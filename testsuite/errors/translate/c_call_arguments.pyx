# Arguments that cannot be matched to a C function's parameters, with
# Cython's messages (tests/errors/e_cdef_keywords_T241.pyx, cdefoptargs.pyx).
cdef some_function(x, y):
    pass

cdef optargs(a, b, c=1, d=2):
    pass

def calls(args, kwargs):
    some_function(1, x=1)
    some_function(1, y=2, z=3)
    some_function(x=1, y=2, x=1)
    optargs(1, 2, 3, 4, 5)
    optargs(1)
    some_function(1)
    some_function(*args)
    some_function(1, **kwargs)
