# super() in a method a metaclass calls before the class statement has
# finished: the __class__ cell is still empty.
class Base(type):
    def __new__(cls, name, bases, attrs):
        try:
            attrs["foo"](None)
        except RuntimeError as e:
            print("RuntimeError", e)
        return super().__new__(cls, name, bases, attrs)


class EmptyClassCell(metaclass=Base):
    def foo(self):
        super()


class Later:
    def method(self):
        return super().__repr__ is not None


print(Later().method())
