# std::unordered_map and std::unordered_multimap (<unordered_map>): hash tables of keys and values; unordered_map converts to and from dict.
from libcpp.utility cimport pair

cdef extern from "<unordered_map>" namespace "std" nogil:
    cdef cppclass unordered_map[T, U, HASH=*, PRED=*, ALLOCATOR=*]:
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
            bint operator==(const_iterator)
            bint operator!=(const_iterator)
            bint operator==(iterator)
            bint operator!=(iterator)

        unordered_map() except +
        unordered_map(unordered_map&) except +
        bint operator==(unordered_map&, unordered_map&)
        bint operator!=(unordered_map&, unordered_map&)
        bint operator<(unordered_map&, unordered_map&)
        bint operator>(unordered_map&, unordered_map&)
        bint operator<=(unordered_map&, unordered_map&)
        bint operator>=(unordered_map&, unordered_map&)
        iterator begin()
        const_iterator const_begin "begin"()
        const_iterator cbegin()
        iterator end()
        const_iterator const_end "end"()
        const_iterator cend()
        void clear()
        bint empty()
        size_t size()
        size_t max_size()
        void swap(unordered_map&)
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
        U& operator[](const T&)
        U& at(const T&) except +
        const U& const_at "at"(const T&) except +
        pair[iterator, bint] insert(const pair[T, U]&) except +
        void reserve(size_t) except +
        void rehash(size_t) except +
        size_t bucket_count()
        size_t max_bucket_count()
        size_t bucket_size(size_t)
        size_t bucket(const T&)
        float max_load_factor()
        void max_load_factor(float)
        float load_factor()
    cdef cppclass unordered_multimap[T, U, HASH=*, PRED=*, ALLOCATOR=*]:
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
            bint operator==(const_iterator)
            bint operator!=(const_iterator)
            bint operator==(iterator)
            bint operator!=(iterator)

        unordered_multimap() except +
        unordered_multimap(unordered_multimap&) except +
        bint operator==(unordered_multimap&, unordered_multimap&)
        bint operator!=(unordered_multimap&, unordered_multimap&)
        bint operator<(unordered_multimap&, unordered_multimap&)
        bint operator>(unordered_multimap&, unordered_multimap&)
        bint operator<=(unordered_multimap&, unordered_multimap&)
        bint operator>=(unordered_multimap&, unordered_multimap&)
        iterator begin()
        const_iterator const_begin "begin"()
        const_iterator cbegin()
        iterator end()
        const_iterator const_end "end"()
        const_iterator cend()
        void clear()
        bint empty()
        size_t size()
        size_t max_size()
        void swap(unordered_multimap&)
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
        iterator insert(const pair[T, U]&) except +
        void reserve(size_t) except +
        void rehash(size_t) except +
        size_t bucket_count()
        size_t max_bucket_count()
        size_t bucket_size(size_t)
        size_t bucket(const T&)
        float max_load_factor()
        void max_load_factor(float)
        float load_factor()
