# <utility>: std::pair, std::make_pair, std::move, std::swap.
cdef extern from "<utility>" namespace "std" nogil:
    cdef cppclass pair[T, U]:
        ctypedef T first_type
        ctypedef U second_type
        T first
        U second
        pair() except +
        pair(pair&) except +
        pair(T&, U&) except +
        bint operator==(pair&, pair&)
        bint operator!=(pair&, pair&)
        bint operator<(pair&, pair&)
        bint operator>(pair&, pair&)
        bint operator<=(pair&, pair&)
        bint operator>=(pair&, pair&)

    pair[T, U] make_pair[T, U](T&, U&) except +

    # std::move(x): x as an rvalue (its resources may be taken by the receiver).
    T&& move[T](T&)
    void swap[T](T&, T&)
