class Registry(type):
    classes = {}
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes[name] = cls
        return cls
    def __call__(cls, *a, **k):
        obj = super().__call__(*a, **k)
        obj.registered = True
        return obj
class Plugin(metaclass=Registry):
    def __init__(self, v):
        self.v = v
class Extra(Plugin):
    pass
e = Extra(3)
print(sorted(Registry.classes), e.v, e.registered, type(Extra).__name__)
class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return {"prepared": True}
class Uses(metaclass=Ordered):
    x = 1
print(Uses.prepared, Uses.x)
Dynamic = type("Dynamic", (object,), {"attr": 5, "method": lambda self: self.attr * 2})
print(Dynamic().method(), Dynamic.__name__)
