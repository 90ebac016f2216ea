# A cdef class with only __delitem__ (or only __setitem__): the other half
# raises NotImplementedError in Cython's words.
cdef class DelOnly:
    def __delitem__(self, i):
        print("del", i)

cdef class SetOnly:
    def __setitem__(self, i, v):
        print("set", i, v)

cdef class Both(SetOnly):
    def __delitem__(self, i):
        print("both del", i)

for obj in (DelOnly(), SetOnly(), Both()):
    for action in ("set", "del"):
        try:
            if action == "set":
                obj[1] = 2
            else:
                del obj[1]
        except NotImplementedError as e:
            print("NotImplementedError", e)
