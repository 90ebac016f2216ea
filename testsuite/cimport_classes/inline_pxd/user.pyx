# cython: wraparound=False
cimport helpers
from helpers cimport hypot2, scaled as times_scale, checked

def last(x):
    # the module's own `last`, which the .pxd's does not replace
    return "module's last"

def run():
    out = []
    out.append(hypot2(3.0))
    out.append(helpers.hypot2(6.0, 8.0))
    out.append(times_scale(7))
    out.append(helpers.last([1, 2, 3]))
    out.append(last([1]))
    out.append(checked(21))
    try:
        checked(-5)
    except ValueError as e:
        out.append(str(e))
    out.append(helpers.describe(12345))
    return out
