"""libc.math under CPython: Python's math module has the same functions
and constants (M_PI and friends under their C names too)."""
from math import *  # noqa: F401,F403
import math as _math

M_PI = _math.pi
M_E = _math.e
M_PI_2 = _math.pi / 2
M_PI_4 = _math.pi / 4
M_SQRT2 = _math.sqrt(2)
M_LN2 = _math.log(2)
M_LN10 = _math.log(10)
INFINITY = HUGE_VAL = _math.inf
NAN = _math.nan
fabs = _math.fabs

