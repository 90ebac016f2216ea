# std::list (<list>): a doubly linked list; converts to and from list.

cdef extern from "<list>" namespace "std" nogil:
    cdef cppclass list[T, ALLOCATOR=*]:
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
            bint operator==(const_reverse_iterator)
            bint operator!=(const_reverse_iterator)

        list() except +
        list(size_t) except +
        list(size_t, const T&) except +
        list(list&) except +
        bint operator==(list&, list&)
        bint operator!=(list&, list&)
        bint operator<(list&, list&)
        bint operator>(list&, list&)
        bint operator<=(list&, list&)
        bint operator>=(list&, list&)
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
        void swap(list&)
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
        void remove(const T&)
        void reverse()
        void sort()
        void unique()
        void merge(list&)
        void splice(iterator, list&)
