class Animal:
    kind = "animal"
    count = 0
    def __init__(self, name):
        self.name = name
        Animal.count += 1
    def speak(self):
        return f"{self.name} makes a sound"
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"
class Dog(Animal):
    kind = "dog"
    def speak(self):
        return super().speak() + " (woof)"
class Puppy(Dog):
    def speak(self):
        return super().speak().upper()
d = Dog("rex")
p = Puppy("bit")
print(d.speak(), p.speak(), d, [p], Animal.count, Dog.kind, p.kind, isinstance(p, Animal))
print(Dog.__name__, Dog.__qualname__, Dog.__mro__[1].__name__, Dog.speak.__qualname__, d.__dict__)
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __iter__(self):
        return iter((self.x, self.y))
    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)
v = Vec(1, 2) + Vec(3, 4)
print(v, v == Vec(4, 6), len(v), v[1], list(v), *v)
class WithProps:
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, value):
        self._v = value * 2
    @staticmethod
    def s(a):
        return a + 1
    @classmethod
    def c(cls):
        return cls.__name__
w = WithProps()
w.v = 21
print(w.v, WithProps.s(1), w.s(2), WithProps.c(), w.c())
try:
    w.missing
except AttributeError as e:
    print("AttributeError:", e)
