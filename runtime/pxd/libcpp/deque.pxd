# std::deque (<deque>): a double-ended queue (random-access iterators).

cdef extern from "<deque>" namespace "std" nogil:
    cdef cppclass deque[T, ALLOCATOR=*]:
        ctypedef T value_type
        ctypedef size_t size_type
        ctypedef ptrdiff_t difference_type

        cppclass const_iterator
        cppclass iterator:
            iterator() except +
            iterator(iterator&) except +
            T& operator*()
            iterator operator++()
            iterator operator++(int)
            iterator operator--()
            iterator operator--(int)
            iterator operator+(size_type)
            iterator operator-(size_type)
            difference_type operator-(iterator)
            bint operator<(iterator)
            bint operator>(iterator)
            bint operator<=(iterator)
            bint operator>=(iterator)
            T& operator[](size_type)
            difference_type operator-(const_iterator)
            bint operator<(const_iterator)
            bint operator>(const_iterator)
            bint operator<=(const_iterator)
            bint operator>=(const_iterator)
            bint operator==(iterator)
            bint operator!=(iterator)
            bint operator==(const_iterator)
            bint operator!=(const_iterator)
        cppclass const_iterator:
            const_iterator() except +
            const_iterator(const_iterator&) except +
            const T& operator*()
            const_iterator(iterator&) except +
            const_iterator operator++()
            const_iterator operator++(int)
            const_iterator operator--()
            const_iterator operator--(int)
            const_iterator operator+(size_type)
            const_iterator operator-(size_type)
            difference_type operator-(const_iterator)
            bint operator<(const_iterator)
            bint operator>(const_iterator)
            bint operator<=(const_iterator)
            bint operator>=(const_iterator)
            T& operator[](size_type)
            difference_type operator-(iterator)
            bint operator<(iterator)
            bint operator>(iterator)
            bint operator<=(iterator)
            bint operator>=(iterator)
            bint operator==(const_iterator)
            bint operator!=(const_iterator)
            bint operator==(iterator)
            bint operator!=(iterator)
        cppclass reverse_iterator:
            reverse_iterator() except +
            reverse_iterator(reverse_iterator&) except +
            T& operator*()
            reverse_iterator operator++()
            reverse_iterator operator++(int)
            reverse_iterator operator--()
            reverse_iterator operator--(int)
            reverse_iterator operator+(size_type)
            reverse_iterator operator-(size_type)
            difference_type operator-(reverse_iterator)
            bint operator<(reverse_iterator)
            bint operator>(reverse_iterator)
            bint operator<=(reverse_iterator)
            bint operator>=(reverse_iterator)
            T& operator[](size_type)
            bint operator==(reverse_iterator)
            bint operator!=(reverse_iterator)
        cppclass const_reverse_iterator:
            const_reverse_iterator() except +
            const_reverse_iterator(const_reverse_iterator&) except +
            const T& operator*()
            const_reverse_iterator operator++()
            const_reverse_iterator operator++(int)
            const_reverse_iterator operator--()
            const_reverse_iterator operator--(int)
            const_reverse_iterator operator+(size_type)
            const_reverse_iterator operator-(size_type)
            difference_type operator-(const_reverse_iterator)
            bint operator<(const_reverse_iterator)
            bint operator>(const_reverse_iterator)
            bint operator<=(const_reverse_iterator)
            bint operator>=(const_reverse_iterator)
            T& operator[](size_type)
            bint operator==(const_reverse_iterator)
            bint operator!=(const_reverse_iterator)

        deque() except +
        deque(size_t) except +
        deque(size_t, const T&) except +
        deque(deque&) except +
        bint operator==(deque&, deque&)
        bint operator!=(deque&, deque&)
        bint operator<(deque&, deque&)
        bint operator>(deque&, deque&)
        bint operator<=(deque&, deque&)
        bint operator>=(deque&, deque&)
        iterator begin()
        const_iterator const_begin "begin"()
        const_iterator cbegin()
        iterator end()
        const_iterator const_end "end"()
        const_iterator cend()
        reverse_iterator rbegin()
        const_reverse_iterator const_rbegin "rbegin"()
        reverse_iterator rend()
        const_reverse_iterator const_rend "rend"()
        void clear()
        bint empty()
        size_t size()
        size_t max_size()
        void swap(deque&)
        T& front()
        T& back()
        void push_back(const T&) except +
        void pop_back()
        void push_front(const T&) except +
        void pop_front()
        iterator insert(iterator, const T&) except +
        iterator insert(iterator, size_t, const T&) except +
        void insert[InputIt](iterator, InputIt, InputIt) except +
        iterator emplace(iterator, ...) except +
        T& emplace_back(...) except +
        T& emplace_front(...) except +
        iterator erase(iterator)
        iterator erase(iterator, iterator)
        void resize(size_t) except +
        void resize(size_t, const T&) except +
        void assign(size_t, const T&) except +
        T& operator[](size_t)
        T& at(size_t) except +
        void shrink_to_fit() except +
