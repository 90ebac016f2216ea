cimport numpy as cnp
cimport cython
from libc.stdlib cimport malloc, free
from libc.math cimport sqrt as csqrt
from . cimport sibling
from .pkg cimport (a, b)
