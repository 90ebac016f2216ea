# A struct declared twice (forward, then defined) uses one keyword: cdef
# both times or ctypedef both times.
cdef struct Foo

ctypedef struct Foo:
    int i

ctypedef struct Blarg:
    char c

cdef struct Blarg

cdef struct Same

cdef struct Same:
    int i
