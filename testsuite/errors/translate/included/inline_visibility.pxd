# Code in a .pxd is compiled into every module that cimports it: inline only,
# and never exported.
cdef public inline int exported():
    return 1

cdef api inline int through_capi():
    return 2
