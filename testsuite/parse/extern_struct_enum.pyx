cdef extern from "lib.h":
    ctypedef struct lib_ctx:
        int flags
    enum lib_mode:
        LIB_FAST
        LIB_SAFE
    struct lib_opts:
        pass
