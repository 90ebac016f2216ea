# <memory>: smart pointers (unique_ptr, shared_ptr, weak_ptr) and their makers.
from libcpp cimport nullptr_t
cdef extern from "<memory>" namespace "std" nogil:
    cdef cppclass default_delete[T]:
        default_delete()

    cdef cppclass allocator[T]:
        allocator()
        allocator(const allocator&)
        T* allocate(size_t) except +
        void deallocate(T*, size_t)

    cdef cppclass unique_ptr[T, DELETER=*]:
        unique_ptr()
        unique_ptr(nullptr_t)
        unique_ptr(T*)
        unique_ptr(unique_ptr&)
        T* get()
        T* release()
        void reset()
        void reset(nullptr_t)
        void reset(T*)
        void swap(unique_ptr&)
        T& operator*()
        bint operator bool()
        bint operator!()
        bint operator==(const unique_ptr&)
        bint operator!=(const unique_ptr&)
        bint operator==(nullptr_t)
        bint operator!=(nullptr_t)

    cdef cppclass shared_ptr[T]:
        shared_ptr()
        shared_ptr(nullptr_t)
        shared_ptr(T*) except +
        shared_ptr(shared_ptr[T]&)
        shared_ptr(unique_ptr[T]&) except +
        void reset()
        void reset(T*) except +
        void swap(shared_ptr&)
        T* get()
        T& operator*()
        long use_count()
        bint unique()
        bint owner_before[Y](const shared_ptr[Y]&)
        bint operator bool()
        bint operator!()
        bint operator==(const shared_ptr&)
        bint operator!=(const shared_ptr&)
        bint operator<(const shared_ptr&)
        bint operator>(const shared_ptr&)
        bint operator<=(const shared_ptr&)
        bint operator>=(const shared_ptr&)
        bint operator==(nullptr_t)
        bint operator!=(nullptr_t)

    cdef cppclass weak_ptr[T]:
        weak_ptr()
        weak_ptr(weak_ptr[T]&)
        weak_ptr(shared_ptr[T]&)
        void reset()
        void swap(weak_ptr&)
        long use_count()
        bint expired()
        shared_ptr[T] lock()

    unique_ptr[T] make_unique[T](...) except +
    shared_ptr[T] make_shared[T](...) except +
    shared_ptr[T] static_pointer_cast[T, U](const shared_ptr[U]&)
    shared_ptr[T] dynamic_pointer_cast[T, U](const shared_ptr[U]&)
    shared_ptr[T] const_pointer_cast[T, U](const shared_ptr[U]&)
    shared_ptr[T] reinterpret_pointer_cast[T, U](const shared_ptr[U]&)
