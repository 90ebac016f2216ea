# Declarations shared by both modules (cimported, so a change here rebuilds
# both through the depfiles pyxc-cython writes for Meson).
ctypedef double real_t

cdef enum:
    MAX_BINS = 1024
