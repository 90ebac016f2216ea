# std::unordered_set and std::unordered_multiset (<unordered_set>): hash sets; unordered_set converts to and from set.
from libcpp.utility cimport pair

cdef extern from "<unordered_set>" namespace "std" nogil:
    cdef cppclass unordered_set[T, HASH=*, PRED=*, ALLOCATOR=*]:
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
            bint operator==(const_iterator)
            bint operator!=(const_iterator)
            bint operator==(iterator)
            bint operator!=(iterator)

        unordered_set() except +
        unordered_set(unordered_set&) except +
        bint operator==(unordered_set&, unordered_set&)
        bint operator!=(unordered_set&, unordered_set&)
        bint operator<(unordered_set&, unordered_set&)
        bint operator>(unordered_set&, unordered_set&)
        bint operator<=(unordered_set&, unordered_set&)
        bint operator>=(unordered_set&, unordered_set&)
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
        void swap(unordered_set&)
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
        pair[iterator, bint] insert(const T&) except +
        void reserve(size_t) except +
        void rehash(size_t) except +
        size_t bucket_count()
        size_t max_bucket_count()
        float load_factor()
        size_t bucket_size(size_t)
        size_t bucket(const T&)
        float max_load_factor()
        void max_load_factor(float)
    cdef cppclass unordered_multiset[T, HASH=*, PRED=*, ALLOCATOR=*]:
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
            bint operator==(const_iterator)
            bint operator!=(const_iterator)
            bint operator==(iterator)
            bint operator!=(iterator)

        unordered_multiset() except +
        unordered_multiset(unordered_multiset&) except +
        bint operator==(unordered_multiset&, unordered_multiset&)
        bint operator!=(unordered_multiset&, unordered_multiset&)
        bint operator<(unordered_multiset&, unordered_multiset&)
        bint operator>(unordered_multiset&, unordered_multiset&)
        bint operator<=(unordered_multiset&, unordered_multiset&)
        bint operator>=(unordered_multiset&, unordered_multiset&)
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
        void swap(unordered_multiset&)
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
        iterator insert(const T&) except +
        void reserve(size_t) except +
        void rehash(size_t) except +
        size_t bucket_count()
        size_t max_bucket_count()
        float load_factor()
        size_t bucket_size(size_t)
        size_t bucket(const T&)
        float max_load_factor()
        void max_load_factor(float)
