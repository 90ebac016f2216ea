# <stack>: last in, first out.
cdef extern from "<stack>" namespace "std" nogil:
    cdef cppclass stack[T, CONTAINER=*]:
        ctypedef T value_type
        stack() except +
        stack(stack&) except +
        bint empty()
        void pop()
        void push(T&) except +
        size_t size()
        T& top()
        void swap(stack&)
