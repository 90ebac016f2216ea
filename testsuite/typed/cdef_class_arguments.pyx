# Arguments and casts of cdef class types: None where Cython allows it
# (`or None`, defaults of None, Optional annotations) and refused where it
# does not (`not None`, plain annotations, allow_none_for_extension_args),
# checked and unchecked casts, static C methods.
cimport cython
from typing import Optional

cdef class Box:
    cdef public int value

    def __cinit__(self, value=7):
        self.value = value

    @staticmethod
    cdef Box make(int value):
        return Box(value)

    @staticmethod
    def create(value):
        return Box.make(value * 2)


cdef class Crate(Box):
    pass


def plain(Box b):
    return None if b is None else b.value

def not_none(Box b not None):
    return b.value

def or_none(Box b or None):
    return None if b is None else b.value

def annotated(b: Box):
    return b.value

def optional(b: Optional[Box] = None):
    return None if b is None else b.value

def union(b: Box | None):
    return None if b is None else b.value

@cython.allow_none_for_extension_args(False)
def strict(Box b, Box c=None):
    return b.value, c

def untyped_not_none(o not None):
    return type(o).__name__

def checked(obj):
    return (<Box?>obj).value

def builtin_checked(obj):
    return <list?>obj

def unchecked(obj):
    cdef Box b = <Box>obj
    return b is obj


def attempt(f, *args):
    try:
        print(f.__name__, f(*args))
    except TypeError as e:
        print(f.__name__, "TypeError:", e)


attempt(plain, Box())
attempt(plain, None)
attempt(plain, Crate(3))
attempt(plain, 5)
attempt(not_none, None)
attempt(not_none, Crate(1))
attempt(or_none, None)
attempt(annotated, None)
attempt(annotated, Box(2))
attempt(optional)
attempt(optional, Box(4))
attempt(optional, "x")
attempt(union, None)
attempt(strict, None)
attempt(strict, Box(1))
attempt(untyped_not_none, None)
attempt(untyped_not_none, [])
attempt(checked, Crate(9))
attempt(checked, None)
attempt(checked, 1.5)
attempt(builtin_checked, [1])
attempt(builtin_checked, {})
attempt(unchecked, Box())
print(Box.create(5).value, type(Box.create(1)).__name__)
