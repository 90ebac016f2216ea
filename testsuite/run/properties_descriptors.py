class Temperature:
    def __init__(self, celsius):
        self._c = celsius
    @property
    def fahrenheit(self):
        "Temperature in F."
        return self._c * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, f):
        self._c = (f - 32) * 5 / 9
    @fahrenheit.deleter
    def fahrenheit(self):
        print("deleting")
t = Temperature(100)
print(t.fahrenheit)
t.fahrenheit = 32
print(t._c, Temperature.fahrenheit.__doc__)
del t.fahrenheit
class Positive:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        return getattr(obj, self.name) if obj else self
    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.name[1:]} must be positive")
        setattr(obj, self.name, value)
class Account:
    balance = Positive()
    def __init__(self, b):
        self.balance = b
acc = Account(10)
print(acc.balance, type(Account.balance).__name__)
try:
    acc.balance = -5
except ValueError as e:
    print("ValueError:", e)
class ReadOnly:
    @property
    def value(self):
        return 1
try:
    ReadOnly().value = 2
except AttributeError as e:
    print("AttributeError:", e)
