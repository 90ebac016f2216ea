# `with nogil(cond):` / `with gil(cond):` with compile-time conditions
# (literals, comparisons, DEF names, a fused type's test): a false one
# changes nothing, so the block may hold Python code.
DEF RELEASE = False

ctypedef fused int_or_object:
    int
    object


cdef int add_ten(int x) noexcept nogil:
    return x + 10


def conditions(int x):
    with nogil(False):
        items = [x, x]          # the GIL is held here
        x = len(items) + x
    with nogil(1 < 2):
        x = add_ten(x)
        with gil(2 > 1):
            items.append(x)
    with nogil(RELEASE):
        items.append(-1)
    return x, items


def fused_condition(int_or_object value):
    cdef int_or_object result = value
    with nogil(int_or_object is not object):
        result = result + 1
    return result


print(conditions(1), fused_condition[int](1), fused_condition[object](2.5))
