# CPython's memory allocators.
cdef extern from "Python.h":
    void *PyMem_Malloc(size_t n)
    void *PyMem_Calloc(size_t count, size_t n)
    void *PyMem_Realloc(void *p, size_t n)
    void PyMem_Free(void *p)
    void *PyMem_RawMalloc(size_t n) nogil
    void *PyMem_RawCalloc(size_t count, size_t n) nogil
    void *PyMem_RawRealloc(void *p, size_t n) nogil
    void PyMem_RawFree(void *p) nogil

cdef extern from "Python.h":
    # PyMem_Free's old name.
    void PyMem_Del(void *p)
    # The object allocator (fast for small blocks; the GIL must be held).
    void *PyObject_Malloc(size_t size)
    void *PyObject_Calloc(size_t nelem, size_t elsize)
    void *PyObject_Realloc(void *ptr, size_t size)
    void PyObject_Free(void *ptr)
