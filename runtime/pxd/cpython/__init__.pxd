# pyxc's declarations of CPython's C API: `cimport cpython` or
# `from cpython.<part> cimport ...`.
from cpython.version cimport *
from cpython.ref cimport *
from cpython.object cimport *
from cpython.exc cimport *
from cpython.mem cimport *
from cpython.long cimport *
from cpython.float cimport *
from cpython.bytes cimport *
from cpython.unicode cimport *
from cpython.tuple cimport *
from cpython.list cimport *
from cpython.dict cimport *
from cpython.pycapsule cimport *
