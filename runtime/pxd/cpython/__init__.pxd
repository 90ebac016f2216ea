# pyxc's declarations of CPython's C API: `cimport cpython` or
# `from cpython.<part> cimport ...`.
from .version cimport *
from .ref cimport *
from .object cimport *
from .exc cimport *
from .mem cimport *
from .long cimport *
from .float cimport *
from .bytes cimport *
from .unicode cimport *
from .tuple cimport *
from .list cimport *
from .dict cimport *
from .pycapsule cimport *
