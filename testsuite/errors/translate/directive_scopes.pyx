cimport cython

@cython.autotestdict(False)
def f():
    with cython.c_string_type("bytes"):
        pass

@cython.freelist(4)
class P:
    pass

@cython.collection_type("sequence")
@cython.collection_type("mapping")
cdef class Both:
    pass
