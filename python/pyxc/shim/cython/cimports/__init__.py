"""`from cython.cimports.X import Y` run by CPython: the Python stand-ins
for C declarations that have one (libc.math -> math)."""
