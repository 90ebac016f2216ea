# <queue>: queue (first in, first out) and priority_queue (largest first).
cdef extern from "<queue>" namespace "std" nogil:
    cdef cppclass queue[T, CONTAINER=*]:
        queue() except +
        queue(queue&) except +
        T& back()
        bint empty()
        T& front()
        void pop()
        void push(T&) except +
        size_t size()
        void swap(queue&)

    cdef cppclass priority_queue[T, CONTAINER=*, COMPARE=*]:
        priority_queue() except +
        priority_queue(priority_queue&) except +
        bint empty()
        void pop()
        void push(T&) except +
        size_t size()
        T& top()
        void swap(priority_queue&)
