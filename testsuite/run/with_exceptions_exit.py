class Swallow:
    def __init__(self, types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print("exit sees", t.__name__ if t else None, tb is not None if t else "")
        return t is not None and issubclass(t, self.types)
with Swallow(KeyError):
    {}["missing"]
print("continued")
try:
    with Swallow(KeyError):
        raise ValueError("not swallowed")
except ValueError as e:
    print("propagated", e)
class FailingExit:
    def __enter__(self):
        return "entered"
    def __exit__(self, *a):
        raise RuntimeError("exit failed")
try:
    with FailingExit() as v:
        print(v)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    with FailingExit():
        raise KeyError("body")
except RuntimeError as e:
    print("RuntimeError:", e, "context", type(e.__context__).__name__)
class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except TypeError as e:
    print("TypeError:", e)
