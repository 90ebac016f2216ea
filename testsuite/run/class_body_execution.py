print("before class")
class Loud:
    print("in class body")
    x = 1
    y = x + 1
    for i in range(3):
        x += i
    del i
    if y > 1:
        big = True
    def method(self):
        return self.x
    try:
        z = undefined
    except NameError:
        z = "fallback"
print("after class", Loud.x, Loud.y, Loud.big, Loud.z, Loud().method(), hasattr(Loud, "i"))
class Nested:
    class Inner:
        value = "inner"
        class Deep:
            pass
    ref = Inner.value
print(Nested.Inner.value, Nested.ref, Nested.Inner.__qualname__, Nested.Inner.Deep.__qualname__)
