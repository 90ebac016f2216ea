class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, typ, value, tb):
        print("exit", self.name, typ.__name__ if typ else None, value)
        return self.suppress
with Manager("a") as x:
    print("inside", x)
with Manager("b", suppress=True):
    raise ValueError("suppressed")
print("after suppressed")
try:
    with Manager("c"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", e)
with Manager("d") as d, Manager("e") as e:
    print(d, e)
def early():
    with Manager("f"):
        return "returned"
print(early())
for i in range(3):
    with Manager(str(i)):
        if i == 1:
            continue
        if i == 2:
            break
try:
    with 42:
        pass
except TypeError as e:
    print("TypeError:", e)
import io
with io.StringIO("text") as f:
    print(f.read())
