# <iterator>: inserters, iterator arithmetic.
cdef extern from "<iterator>" namespace "std" nogil:
    cdef cppclass iterator[Category, T, Distance, Pointer, Reference]:
        pass
    cdef cppclass output_iterator_tag:
        pass
    cdef cppclass input_iterator_tag:
        pass
    cdef cppclass forward_iterator_tag(input_iterator_tag):
        pass
    cdef cppclass bidirectional_iterator_tag(forward_iterator_tag):
        pass
    cdef cppclass random_access_iterator_tag(bidirectional_iterator_tag):
        pass

    cdef cppclass back_insert_iterator[T](iterator[output_iterator_tag, void, void, void, void]):
        pass
    cdef cppclass front_insert_iterator[T](iterator[output_iterator_tag, void, void, void, void]):
        pass
    cdef cppclass insert_iterator[T](iterator[output_iterator_tag, void, void, void, void]):
        pass

    back_insert_iterator[CONTAINER] back_inserter[CONTAINER](CONTAINER&)
    front_insert_iterator[CONTAINER] front_inserter[CONTAINER](CONTAINER&)
    insert_iterator[CONTAINER] inserter[CONTAINER, ITERATOR](CONTAINER&, ITERATOR)

    ptrdiff_t distance[It](It first, It last)
    void advance[It, Distance](It& it, Distance n)
    It next[It](It it)
    It next[It, Distance](It it, Distance n)
    It prev[It](It it)
    It prev[It, Distance](It it, Distance n)
