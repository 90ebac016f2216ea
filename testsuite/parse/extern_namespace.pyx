cdef extern from "<vector>" namespace "std":
    cppclass vector[T]:
        vector()
        void push_back(T&) except +
        T& operator[](size_t)
        size_t size()
