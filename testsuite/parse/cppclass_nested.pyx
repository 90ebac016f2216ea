cdef extern from "<map>" namespace "std" nogil:
    cppclass map[K, V]:
        cppclass iterator:
            pair[K, V]& operator*()
            iterator operator++()
            bint operator==(iterator)
        iterator begin()
        iterator end()
        V& operator[](const K&)
