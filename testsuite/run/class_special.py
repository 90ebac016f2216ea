class Node:
    __slots__ = ("value", "next")
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
    def __iter__(self):
        node = self
        result = []
        while node is not None:
            result.append(node.value)
            node = node.next
        return iter(result)
lst = Node(1, Node(2, Node(3)))
print(list(lst), Node.__slots__, hasattr(lst, "__dict__"))
class Generic:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"
print(Generic[int])
class Validated:
    def __init_subclass__(cls, required=(), **kw):
        super().__init_subclass__(**kw)
        missing = [r for r in required if not hasattr(cls, r)]
        if missing:
            raise TypeError(f"{cls.__name__} lacks {missing}")
class Good(Validated, required=("run",)):
    def run(self):
        return "ran"
print(Good().run())
try:
    class Bad(Validated, required=("run",)):
        pass
except TypeError as e:
    print("TypeError:", e)
class WithNew:
    def __new__(cls, value):
        obj = super().__new__(cls)
        obj.created = value
        return obj
print(WithNew(5).created)
class Repr:
    def __repr__(self):
        return "<Repr>"
print(Repr(), [Repr()], str(Repr()))
