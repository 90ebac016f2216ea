# Builtin exception types as static types (subclasses match, None too) and
# as bases of cdef classes, as in Cython.
cdef class MyException(Exception):
    cdef readonly int code
    def __init__(self, code):
        Exception.__init__(self, code)
        self.code = code

cdef class Floaty(float):
    cdef public object tag

def accept(Exception e):
    return type(e).__name__

def store(o):
    cdef ValueError v = o
    return v

for arg in [ValueError("x"), MyException(3), KeyError("k"), None, 3]:
    try:
        print(accept(arg))
    except TypeError as e:
        print("TypeError", e)
for arg in [ValueError("x"), UnicodeDecodeError("utf-8", b"", 0, 1, "bad"), KeyError("k")]:
    try:
        print(type(store(arg)).__name__)
    except TypeError as e:
        print("TypeError", e)
try:
    raise MyException(7)
except MyException as e:
    print("caught", e.code, e.args, isinstance(e, Exception))
f = Floaty(2.5)
f.tag = "t"
print(f + 1, f.tag, isinstance(f, float))
