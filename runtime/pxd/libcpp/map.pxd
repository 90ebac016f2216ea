# std::map (<map>): keys in order, each with one value; converts to and from dict.
from libcpp.utility cimport pair

cdef extern from "<map>" namespace "std" nogil:
    cdef cppclass map[T, U, COMPARE=*, ALLOCATOR=*]:
        ctypedef pair[const T, U] value_type
        ctypedef size_t size_type
        ctypedef ptrdiff_t difference_type

        cppclass const_iterator
        cppclass iterator:
            iterator() except +
            iterator(iterator&) except +
            pair[const T, U]& operator*()
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
            const pair[const T, U]& operator*()
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
            pair[const T, U]& operator*()
            reverse_iterator operator++()
            reverse_iterator operator++(int)
            reverse_iterator operator--()
            reverse_iterator operator--(int)
            bint operator==(reverse_iterator)
            bint operator!=(reverse_iterator)
        cppclass const_reverse_iterator:
            const_reverse_iterator() except +
            const_reverse_iterator(const_reverse_iterator&) except +
            const pair[const T, U]& operator*()
            const_reverse_iterator operator++()
            const_reverse_iterator operator++(int)
            const_reverse_iterator operator--()
            const_reverse_iterator operator--(int)
            bint operator==(const_reverse_iterator)
            bint operator!=(const_reverse_iterator)

        map() except +
        map(map&) except +
        bint operator==(map&, map&)
        bint operator!=(map&, map&)
        bint operator<(map&, map&)
        bint operator>(map&, map&)
        bint operator<=(map&, map&)
        bint operator>=(map&, map&)
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
        void swap(map&)
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
        U& operator[](const T&)
        U& at(const T&) except +
        const U& const_at "at"(const T&) except +
        pair[iterator, bint] insert(const pair[T, U]&) except +
        iterator insert(const_iterator, const pair[T, U]&) except +
    cdef cppclass multimap[T, U, COMPARE=*, ALLOCATOR=*]:
        ctypedef pair[const T, U] value_type
        ctypedef size_t size_type
        ctypedef ptrdiff_t difference_type

        cppclass const_iterator
        cppclass iterator:
            iterator() except +
            iterator(iterator&) except +
            pair[const T, U]& operator*()
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
            const pair[const T, U]& operator*()
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
            pair[const T, U]& operator*()
            reverse_iterator operator++()
            reverse_iterator operator++(int)
            reverse_iterator operator--()
            reverse_iterator operator--(int)
            bint operator==(reverse_iterator)
            bint operator!=(reverse_iterator)
        cppclass const_reverse_iterator:
            const_reverse_iterator() except +
            const_reverse_iterator(const_reverse_iterator&) except +
            const pair[const T, U]& operator*()
            const_reverse_iterator operator++()
            const_reverse_iterator operator++(int)
            const_reverse_iterator operator--()
            const_reverse_iterator operator--(int)
            bint operator==(const_reverse_iterator)
            bint operator!=(const_reverse_iterator)

        multimap() except +
        multimap(multimap&) except +
        bint operator==(multimap&, multimap&)
        bint operator!=(multimap&, multimap&)
        bint operator<(multimap&, multimap&)
        bint operator>(multimap&, multimap&)
        bint operator<=(multimap&, multimap&)
        bint operator>=(multimap&, multimap&)
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
        void swap(multimap&)
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
        iterator insert(const pair[T, U]&) except +
