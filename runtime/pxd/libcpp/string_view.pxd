# std::string_view (<string_view>, C++17): a view of chars another object
# owns; converts to bytes, and from bytes as a view of their buffer.
from libcpp.string cimport string
cdef extern from "<string_view>" namespace "std::string_view" nogil:
    const size_t npos

cdef extern from "<string_view>" namespace "std" nogil:
    cdef cppclass string_view:
        ctypedef char value_type
        ctypedef size_t size_type
        ctypedef ptrdiff_t difference_type

        cppclass const_iterator:
            const_iterator()
            const_iterator(const_iterator&)
            const char& operator*()
            const_iterator operator++()
            const_iterator operator--()
            const_iterator operator+(size_type)
            const_iterator operator-(size_type)
            difference_type operator-(const_iterator)
            bint operator==(const_iterator)
            bint operator!=(const_iterator)
            bint operator<(const_iterator)
            bint operator>(const_iterator)
            bint operator<=(const_iterator)
            bint operator>=(const_iterator)
        ctypedef const_iterator iterator
        cppclass const_reverse_iterator:
            const_reverse_iterator()
            const char& operator*()
            const_reverse_iterator operator++()
            const_reverse_iterator operator--()
            const_reverse_iterator operator+(size_type)
            const_reverse_iterator operator-(size_type)
            difference_type operator-(const_reverse_iterator)
            bint operator<(const_reverse_iterator)
            bint operator>(const_reverse_iterator)
            bint operator<=(const_reverse_iterator)
            bint operator>=(const_reverse_iterator)
            bint operator==(const_reverse_iterator)
            bint operator!=(const_reverse_iterator)
        ctypedef const_reverse_iterator reverse_iterator

        string_view()
        string_view(const string_view&)
        string_view(const char*)
        string_view(const char*, size_t)
        # A view of a std::string (C++ spells it string's `operator string_view()`).
        string_view(const string&)
        string_view& operator=(const string&)

        const_iterator begin()
        const_iterator end()
        const_iterator cbegin()
        const_iterator cend()
        const_reverse_iterator rbegin()
        const_reverse_iterator rend()

        const char& operator[](size_t)
        const char& at(size_t) except +
        const char& front()
        const char& back()
        const char* data()

        size_t size()
        size_t length()
        size_t max_size()
        bint empty()

        void remove_prefix(size_t)
        void remove_suffix(size_t)
        void swap(string_view&)

        size_t copy(char*, size_t) except +
        size_t copy(char*, size_t, size_t) except +
        string_view substr() except +
        string_view substr(size_t) except +
        string_view substr(size_t, size_t) except +

        int compare(string_view)
        int compare(size_t, size_t, string_view) except +
        int compare(size_t, size_t, string_view, size_t, size_t) except +
        int compare(const char*) except +
        int compare(size_t, size_t, const char*) except +
        int compare(size_t, size_t, const char*, size_t) except +

        bint starts_with(string_view)
        bint starts_with(char)
        bint starts_with(const char*)
        bint ends_with(string_view)
        bint ends_with(char)
        bint ends_with(const char*)


        size_t find(string_view)
        size_t find(string_view, size_t)
        size_t find(char)
        size_t find(char, size_t)
        size_t find(const char*)
        size_t find(const char*, size_t)
        size_t find(const char*, size_t, size_t)
        size_t rfind(string_view)
        size_t rfind(string_view, size_t)
        size_t rfind(char)
        size_t rfind(char, size_t)
        size_t rfind(const char*)
        size_t rfind(const char*, size_t)
        size_t rfind(const char*, size_t, size_t)
        size_t find_first_of(string_view)
        size_t find_first_of(string_view, size_t)
        size_t find_first_of(char)
        size_t find_first_of(char, size_t)
        size_t find_first_of(const char*)
        size_t find_first_of(const char*, size_t)
        size_t find_first_of(const char*, size_t, size_t)
        size_t find_last_of(string_view)
        size_t find_last_of(string_view, size_t)
        size_t find_last_of(char)
        size_t find_last_of(char, size_t)
        size_t find_last_of(const char*)
        size_t find_last_of(const char*, size_t)
        size_t find_last_of(const char*, size_t, size_t)
        size_t find_first_not_of(string_view)
        size_t find_first_not_of(string_view, size_t)
        size_t find_first_not_of(char)
        size_t find_first_not_of(char, size_t)
        size_t find_first_not_of(const char*)
        size_t find_first_not_of(const char*, size_t)
        size_t find_first_not_of(const char*, size_t, size_t)
        size_t find_last_not_of(string_view)
        size_t find_last_not_of(string_view, size_t)
        size_t find_last_not_of(char)
        size_t find_last_not_of(char, size_t)
        size_t find_last_not_of(const char*)
        size_t find_last_not_of(const char*, size_t)
        size_t find_last_not_of(const char*, size_t, size_t)
        bint operator==(string_view)
        bint operator!=(string_view)
        bint operator<(string_view)
        bint operator>(string_view)
        bint operator<=(string_view)
        bint operator>=(string_view)
