# Private name mangling: `__name` in a class body is `_Class__name`.
class Account:
    __rate = 0.5
    __slots__ = ("__balance", "owner")

    def __init__(self, owner, balance):
        self.owner = owner
        self.__balance = balance

    def __interest(self):
        return self.__balance * self.__rate

    def report(self):
        __local = self.__interest()
        return (self.owner, self.__balance, __local, type(self).__name__)

    def nested(self):
        def inner(__arg=3):
            return self.__balance + __arg
        return inner(), [self.__rate * k for k in range(2)], (lambda: self.__balance)()

    class __Inner:
        __deep = "inner"

        def get(self):
            return self.__deep

    def inner_class(self):
        return self.__Inner().get(), self._Account__Inner.__name__


class _Hidden:
    def __init__(self):
        self.__value = 1


class __:
    def __init__(self):
        self.__plain = 2  # a class named only by underscores mangles nothing


def keywords(**kw):
    return sorted(kw)


class Caller:
    def call(self):
        return keywords(__a=1), getattr(self, "_Caller__b", None)


a = Account("ann", 100)
print(a.report(), a.nested(), a.inner_class())
print(sorted(n for n in dir(Account) if "Account" in n))
print(sorted(vars(_Hidden())), sorted(vars(__())))
print(Caller().call())
try:
    a.__balance
except AttributeError as e:
    print("AttributeError", e)
