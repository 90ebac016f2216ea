cdef public:
    int exported
