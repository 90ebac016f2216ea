class Loggable:
    def __init__(self, **kw):
        self.log = ["Loggable"]
        super().__init__(**kw)
class Named:
    def __init__(self, name="anon", **kw):
        self.name = name
        super().__init__(**kw)
class Entity(Loggable, Named):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.log.append("Entity")
e = Entity(name="thing")
print(e.name, e.log, [c.__name__ for c in Entity.__mro__])
class A:
    x = "A"
class B(A):
    pass
class C(A):
    x = "C"
class D(B, C):
    pass
print(D.x, D().x)
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)
