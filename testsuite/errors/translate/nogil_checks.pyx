# Every Python operation in code that runs without the GIL is reported, not
# only the first (Cython's checks and words).
cdef object returns_object() nogil:
    pass

cdef void object_local() nogil:
    cdef object z
    z = None

def statements(obj, int n):
    with nogil:
        if obj:
            pass
        while obj:
            pass
        for x in obj:
            pass
        import os
        obj.x = 1
        obj = None
        obj[n] = 1
        del obj
        try:
            pass
        except:
            pass
        with nogil:
            pass

def expressions(obj, int n):
    with nogil:
        n = obj
        obj + n
        obj[1:2]
        obj[::n]
        (obj, n)
        [obj]
        {obj: n}
        f"{n}"
        obj and n

def conditions(int n):
    with nogil(n > 2):
        pass
    with gil:
        pass
