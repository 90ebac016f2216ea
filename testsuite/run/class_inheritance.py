class A:
    def who(self):
        return "A"
    def chain(self):
        return ["A"]
class B(A):
    def who(self):
        return "B" + super().who()
    def chain(self):
        return ["B"] + super().chain()
class C(A):
    def who(self):
        return "C" + super().who()
    def chain(self):
        return ["C"] + super().chain()
class D(B, C):
    def chain(self):
        return ["D"] + super().chain()
d = D()
print(d.who(), d.chain(), [k.__name__ for k in D.__mro__], isinstance(d, C), issubclass(D, A))
class Base:
    def __init__(self, x):
        self.x = x
class Child(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
ch = Child(1, 2)
print(ch.x, ch.y, super(Child, ch).__init__ is not None)
class Abstract:
    def area(self):
        raise NotImplementedError("subclass must implement")
try:
    Abstract().area()
except NotImplementedError as e:
    print("NotImplementedError:", e)
