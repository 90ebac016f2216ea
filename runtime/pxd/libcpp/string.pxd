# std::string (<string>): a sequence of chars; converts to and from bytes.
cdef extern from "<string>" namespace "std" nogil:
    size_t npos "std::string::npos"

    cdef cppclass string:
        ctypedef char value_type
        ctypedef size_t size_type
        ctypedef ptrdiff_t difference_type

        cppclass const_iterator
        cppclass iterator:
            iterator() except +
            iterator(iterator&) except +
            char& operator*()
            iterator operator++()
            iterator operator--()
            iterator operator+(size_type)
            iterator operator-(size_type)
            difference_type operator-(iterator)
            bint operator==(iterator)
            bint operator!=(iterator)
            bint operator<(iterator)
            bint operator>(iterator)
        cppclass const_iterator:
            const_iterator() except +
            const_iterator(iterator&) except +
            const char& operator*()
            const_iterator operator++()
            const_iterator operator--()
            bint operator==(const_iterator)
            bint operator!=(const_iterator)
        cppclass reverse_iterator:
            char& operator*()
            reverse_iterator operator++()
            reverse_iterator operator--()
            bint operator==(reverse_iterator)
            bint operator!=(reverse_iterator)

        string() except +
        string(const string&) except +
        string(const string&, size_t) except +
        string(const string&, size_t, size_t) except +
        string(const char*) except +
        string(const char*, size_t) except +
        string(size_t, char) except +

        iterator begin()
        const_iterator const_begin "begin"()
        const_iterator cbegin()
        iterator end()
        const_iterator const_end "end"()
        const_iterator cend()
        reverse_iterator rbegin()
        reverse_iterator rend()

        const char* c_str()
        const char* data()
        size_t size()
        size_t length()
        size_t max_size()
        void resize(size_t) except +
        void resize(size_t, char) except +
        void shrink_to_fit() except +
        void swap(string&)
        size_t capacity()
        void reserve(size_t) except +
        void clear()
        bint empty()

        iterator erase(iterator)
        iterator erase(iterator, iterator)
        string& erase() except +
        string& erase(size_t) except +
        string& erase(size_t, size_t) except +

        char& at(size_t) except +
        char& operator[](size_t)
        char& front()
        char& back()
        int compare(const string&)
        int compare(const char*)

        string& append(const string&) except +
        string& append(const char*) except +
        string& append(size_t, char) except +
        void push_back(char c) except +
        void pop_back()

        string& assign(const string&) except +
        string& assign(const char*) except +

        string& insert(size_t, const string&) except +
        string& insert(size_t, const char*) except +
        string& replace(size_t, size_t, const string&) except +
        string& replace(size_t, size_t, const char*) except +

        size_t copy(char*, size_t, size_t) except +
        size_t find(const string&, size_t)
        size_t find(const string&)
        size_t find(const char*, size_t)
        size_t find(const char*)
        size_t find(char, size_t)
        size_t find(char)
        size_t rfind(const string&, size_t)
        size_t rfind(const string&)
        size_t rfind(const char*)
        size_t rfind(char, size_t)
        size_t rfind(char)
        size_t find_first_of(const string&, size_t)
        size_t find_first_of(const string&)
        size_t find_first_of(char)
        size_t find_first_not_of(const string&, size_t)
        size_t find_first_not_of(const string&)
        size_t find_last_of(const string&, size_t)
        size_t find_last_of(const string&)
        size_t find_last_not_of(const string&, size_t)
        size_t find_last_not_of(const string&)

        string substr(size_t, size_t) except +
        string substr(size_t) except +
        string substr()

        string operator+(const string&) except +
        string operator+(const char*) except +
        bint operator==(const string&)
        bint operator==(const char*)
        bint operator!=(const string&)
        bint operator!=(const char*)
        bint operator<(const string&)
        bint operator<(const char*)
        bint operator>(const string&)
        bint operator>(const char*)
        bint operator<=(const string&)
        bint operator<=(const char*)
        bint operator>=(const string&)
        bint operator>=(const char*)

    string to_string(int val) except +
    string to_string(long val) except +
    string to_string(long long val) except +
    string to_string(unsigned val) except +
    string to_string(size_t val) except +
    string to_string(unsigned long long val) except +
    string to_string(double val) except +
    int stoi(const string&, size_t*, int) except +
    int stoi(const string&, size_t*) except +
    int stoi(const string&) except +
    long stol(const string&) except +
    long long stoll(const string&) except +
    double stod(const string&) except +
    float stof(const string&) except +
