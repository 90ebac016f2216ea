# cpdef methods whose parameters are builtin static types (checked from
# Python, None allowed) and C values; overridden in a Python subclass.
cdef class E:
    cpdef unicode describe(self, bytes b, Py_ssize_t n, size_t s):
        return f"{b!r} {n} {s}"

    def call_from_c(self, bytes b):
        return self.describe(b, -1, 2)

class Sub(E):
    def describe(self, b, n, s):
        return "override " + E.describe(self, b, n, s)

for obj in (E(), Sub()):
    print(obj.describe(b"x", 1, 2))
    print(obj.call_from_c(b"y"))
    print(obj.call_from_c(None))
    try:
        obj.describe("text", 1, 2)
    except TypeError as e:
        print("TypeError", e)
