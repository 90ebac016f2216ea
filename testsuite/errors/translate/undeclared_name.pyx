# In Cython code a name that nothing defines and that is no builtin is a
# compile error (tests/errors/undefinedname.pyx); plain .py files keep
# Python's NameError at run time.
i = _this_global_name_does_not_exist_

def f(x):
    global defined_in_f
    defined_in_f = 1
    return x + _this_local_name_does_not_exist_ + defined_in_f + len([x for x in range(3)])

def g(a: UndefinedAnnotationsAreFine = None):
    with nogil:
        pass
    return [y for y in undefined_iterable]
