# <span> (C++20): a view of a contiguous sequence another object owns.
cdef extern from "<span>" namespace "std" nogil:
    # (The extent is dynamic: span[T] is std::span<T>.)
    cdef cppclass span[T]:
        ctypedef T element_type
        ctypedef size_t size_type
        ctypedef ptrdiff_t difference_type
        ctypedef T* pointer
        ctypedef T& reference

        cppclass iterator:
            iterator()
            iterator(iterator&)
            T& operator*()
            iterator operator++()
            iterator operator--()
            iterator operator++(int)
            iterator operator--(int)
            iterator operator+(size_type)
            iterator operator-(size_type)
            difference_type operator-(iterator)
            bint operator==(iterator)
            bint operator!=(iterator)
            bint operator<(iterator)
            bint operator>(iterator)
            bint operator<=(iterator)
            bint operator>=(iterator)
        cppclass reverse_iterator:
            reverse_iterator()
            reverse_iterator(reverse_iterator&)
            T& operator*()
            reverse_iterator operator++()
            reverse_iterator operator--()
            bint operator==(reverse_iterator)
            bint operator!=(reverse_iterator)

        span()
        span(T* first, size_type count)
        span(T* first, T* last)
        span(span&)

        iterator begin()
        iterator end()
        reverse_iterator rbegin()
        reverse_iterator rend()
        T& front()
        T& back()
        T& operator[](size_type)
        T* data()
        size_type size()
        size_type size_bytes()
        bint empty()
        span first(size_type count)
        span last(size_type count)
        span subspan(size_type offset)
        span subspan(size_type offset, size_type count)
