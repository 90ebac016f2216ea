from contextlib import contextmanager, suppress, ExitStack
class Resource:
    def __init__(self, name, log):
        self.name, self.log = name, log
    def __enter__(self):
        self.log.append("open " + self.name)
        return self
    def __exit__(self, *exc):
        self.log.append("close " + self.name + (" with " + exc[0].__name__ if exc[0] else ""))
        return False
log = []
with Resource("a", log) as a, Resource("b", log) as b:
    log.append("use " + a.name + b.name)
print(log)
log.clear()
try:
    with Resource("x", log):
        with Resource("y", log):
            raise RuntimeError("fail")
except RuntimeError:
    log.append("caught")
print(log)
with suppress(KeyError):
    {}["k"]
print("suppressed ok")
def gen_free_manager():
    with ExitStack() as stack:
        stack.callback(print, "callback ran")
        print("inside stack")
gen_free_manager()
