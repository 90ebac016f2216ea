# <algorithm>: algorithms over iterator ranges (the common ones: search,
# sort, min/max, set operations, permutations, partitions).
from libcpp cimport bool
from libcpp.utility cimport pair

cdef extern from "<algorithm>" namespace "std" nogil:
    # Non-modifying sequence operations
    bool all_of[Iter, Pred](Iter first, Iter last, Pred pred) except +
    bool any_of[Iter, Pred](Iter first, Iter last, Pred pred) except +
    bool none_of[Iter, Pred](Iter first, Iter last, Pred pred) except +
    void for_each[Iter, UnaryFunction](Iter first, Iter last, UnaryFunction f) except +
    ptrdiff_t count[Iter, T](Iter first, Iter last, const T& value) except +
    ptrdiff_t count_if[Iter, Pred](Iter first, Iter last, Pred pred) except +
    pair[Iter1, Iter2] mismatch[Iter1, Iter2](Iter1 first1, Iter1 last1, Iter2 first2) except +
    Iter find[Iter, T](Iter first, Iter last, const T& value) except +
    Iter find_if[Iter, Pred](Iter first, Iter last, Pred pred) except +
    Iter find_if_not[Iter, Pred](Iter first, Iter last, Pred pred) except +
    Iter adjacent_find[Iter](Iter first, Iter last) except +
    Iter1 search[Iter1, Iter2](Iter1 first1, Iter1 last1, Iter2 first2, Iter2 last2) except +
    bool equal[Iter1, Iter2](Iter1 first1, Iter1 last1, Iter2 first2) except +

    # Modifying sequence operations
    OutputIt copy[InputIt, OutputIt](InputIt first, InputIt last, OutputIt d_first) except +
    OutputIt copy_if[InputIt, OutputIt, Pred](InputIt first, InputIt last, OutputIt d_first, Pred pred) except +
    OutputIt copy_n[InputIt, Size, OutputIt](InputIt first, Size count, OutputIt result) except +
    OutputIt move[InputIt, OutputIt](InputIt first, InputIt last, OutputIt d_first) except +
    void fill[Iter, T](Iter first, Iter last, const T& value) except +
    OutputIt fill_n[OutputIt, Size, T](OutputIt first, Size count, const T& value) except +
    OutputIt transform[InputIt, OutputIt, UnaryOp](InputIt first1, InputIt last1, OutputIt d_first, UnaryOp unary_op) except +
    void generate[Iter, Generator](Iter first, Iter last, Generator g) except +
    Iter remove[Iter, T](Iter first, Iter last, const T& value) except +
    Iter remove_if[Iter, UnaryPred](Iter first, Iter last, UnaryPred pred) except +
    void replace[Iter, T](Iter first, Iter last, const T& old_value, const T& new_value) except +
    void replace_if[Iter, UnaryPred, T](Iter first, Iter last, UnaryPred pred, const T& new_value) except +
    void swap[T](T& a, T& b)
    void iter_swap[Iter1, Iter2](Iter1 a, Iter2 b)
    void reverse[Iter](Iter first, Iter last) except +
    OutputIt reverse_copy[InputIt, OutputIt](InputIt first, InputIt last, OutputIt d_first) except +
    Iter rotate[Iter](Iter first, Iter n_first, Iter last) except +
    Iter unique[Iter](Iter first, Iter last) except +
    Iter unique[Iter, BinaryPredicate](Iter first, Iter last, BinaryPredicate p) except +
    void shuffle[RandomIt, URBG](RandomIt first, RandomIt last, URBG&& g) except +

    # Partitioning operations
    bool is_partitioned[Iter, Pred](Iter first, Iter last, Pred p) except +
    Iter partition[Iter, Pred](Iter first, Iter last, Pred p) except +
    Iter stable_partition[Iter, Pred](Iter first, Iter last, Pred p) except +
    Iter partition_point[Iter, Pred](Iter first, Iter last, Pred p) except +

    # Sorting operations
    bool is_sorted[Iter](Iter first, Iter last) except +
    bool is_sorted[Iter, Compare](Iter first, Iter last, Compare comp) except +
    Iter is_sorted_until[Iter](Iter first, Iter last) except +
    void sort[Iter](Iter first, Iter last) except +
    void sort[Iter, Compare](Iter first, Iter last, Compare comp) except +
    void partial_sort[Iter](Iter first, Iter middle, Iter last) except +
    void partial_sort[Iter, Compare](Iter first, Iter middle, Iter last, Compare comp) except +
    void stable_sort[Iter](Iter first, Iter last) except +
    void stable_sort[Iter, Compare](Iter first, Iter last, Compare comp) except +
    void nth_element[Iter](Iter first, Iter nth, Iter last) except +

    # Binary search operations (on sorted ranges)
    Iter lower_bound[Iter, T](Iter first, Iter last, const T& value) except +
    Iter lower_bound[Iter, T, Compare](Iter first, Iter last, const T& value, Compare comp) except +
    Iter upper_bound[Iter, T](Iter first, Iter last, const T& value) except +
    Iter upper_bound[Iter, T, Compare](Iter first, Iter last, const T& value, Compare comp) except +
    bool binary_search[Iter, T](Iter first, Iter last, const T& value) except +
    pair[Iter, Iter] equal_range[Iter, T](Iter first, Iter last, const T& value) except +

    # Other operations on sorted ranges
    OutputIt merge[InputIt1, InputIt2, OutputIt](
        InputIt1 first1, InputIt1 last1, InputIt2 first2, InputIt2 last2, OutputIt out) except +
    void inplace_merge[Iter](Iter first, Iter middle, Iter last) except +
    bool includes[InputIt1, InputIt2](InputIt1 first1, InputIt1 last1, InputIt2 first2, InputIt2 last2) except +
    OutputIt set_difference[InputIt1, InputIt2, OutputIt](
        InputIt1 first1, InputIt1 last1, InputIt2 first2, InputIt2 last2, OutputIt out) except +
    OutputIt set_intersection[InputIt1, InputIt2, OutputIt](
        InputIt1 first1, InputIt1 last1, InputIt2 first2, InputIt2 last2, OutputIt out) except +
    OutputIt set_symmetric_difference[InputIt1, InputIt2, OutputIt](
        InputIt1 first1, InputIt1 last1, InputIt2 first2, InputIt2 last2, OutputIt out) except +
    OutputIt set_union[InputIt1, InputIt2, OutputIt](
        InputIt1 first1, InputIt1 last1, InputIt2 first2, InputIt2 last2, OutputIt out) except +

    # Heap operations
    void make_heap[Iter](Iter first, Iter last) except +
    void push_heap[Iter](Iter first, Iter last) except +
    void pop_heap[Iter](Iter first, Iter last) except +
    void sort_heap[Iter](Iter first, Iter last) except +
    bool is_heap[Iter](Iter first, Iter last) except +

    # Minimum/maximum operations
    Iter min_element[Iter](Iter first, Iter last) except +
    Iter min_element[Iter, Compare](Iter first, Iter last, Compare comp) except +
    Iter max_element[Iter](Iter first, Iter last) except +
    Iter max_element[Iter, Compare](Iter first, Iter last, Compare comp) except +
    pair[Iter, Iter] minmax_element[Iter](Iter first, Iter last) except +
    T min[T](T a, T b) except +
    T max[T](T a, T b) except +
    pair[T, T] minmax[T](T a, T b) except +
    T clamp[T](T v, T lo, T hi) except +

    # Comparison operations
    bool lexicographical_compare[InputIt1, InputIt2](
        InputIt1 first1, InputIt1 last1, InputIt2 first2, InputIt2 last2) except +

    # Permutation operations
    bool is_permutation[Iter1, Iter2](Iter1 first1, Iter1 last1, Iter2 first2) except +
    bool next_permutation[Iter](Iter first, Iter last) except +
    bool prev_permutation[Iter](Iter first, Iter last) except +
