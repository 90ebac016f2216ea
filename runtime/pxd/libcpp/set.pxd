# std::set (<set>): distinct keys in order; converts to and from set.
from libcpp.utility cimport pair

cdef extern from "<set>" namespace "std" nogil:
    cdef cppclass set[T, COMPARE=*, ALLOCATOR=*]:
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

        set() except +
        set(set&) except +
        bint operator==(set&, set&)
        bint operator!=(set&, set&)
        bint operator<(set&, set&)
        bint operator>(set&, set&)
        bint operator<=(set&, set&)
        bint operator>=(set&, set&)
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
        void swap(set&)
        size_t count(const T&)
        iterator find(const T&)
        const_iterator const_find "find"(const T&)
        pair[iterator, iterator] equal_range(const T&)
        iterator erase(iterator)
        iterator erase(const_iterator)
        iterator erase(iterator, iterator)
        iterator erase(const_iterator, const_iterator)
        void insert[InputIt](InputIt, InputIt) except +
        size_t erase(const T&)
        bint contains(const T&)
        iterator lower_bound(const T&)
        iterator upper_bound(const T&)
        pair[iterator, bint] insert(const T&) except +
        iterator insert(const_iterator, const T&) except +
    cdef cppclass multiset[T, COMPARE=*, ALLOCATOR=*]:
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

        multiset() except +
        multiset(multiset&) except +
        bint operator==(multiset&, multiset&)
        bint operator!=(multiset&, multiset&)
        bint operator<(multiset&, multiset&)
        bint operator>(multiset&, multiset&)
        bint operator<=(multiset&, multiset&)
        bint operator>=(multiset&, multiset&)
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
        void swap(multiset&)
        size_t count(const T&)
        iterator find(const T&)
        const_iterator const_find "find"(const T&)
        pair[iterator, iterator] equal_range(const T&)
        iterator erase(iterator)
        iterator erase(const_iterator)
        iterator erase(iterator, iterator)
        iterator erase(const_iterator, const_iterator)
        void insert[InputIt](InputIt, InputIt) except +
        size_t erase(const T&)
        bint contains(const T&)
        iterator lower_bound(const T&)
        iterator upper_bound(const T&)
        iterator insert(const T&) except +
