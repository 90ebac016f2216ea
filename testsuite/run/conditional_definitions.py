import sys
if sys.version_info >= (3, 0):
    def version():
        return "py3"
else:
    def version():
        return "py2"
print(version())
def make(kind):
    if kind == "add":
        def op(a, b):
            return a + b
    else:
        def op(a, b):
            return a * b
    return op
print(make("add")(2, 3), make("mul")(2, 3))
def redefined():
    return 1
first = redefined
def redefined():
    return 2
print(first(), redefined())
try:
    class Maybe:
        if False:
            attr = 1
    print(Maybe.attr)
except AttributeError as e:
    print("AttributeError:", e)
