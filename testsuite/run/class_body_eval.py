# eval(), exec(), locals() and vars() in a class body see the class namespace.
class Scope:
    a = 1
    b = 2
    c = eval("a + b")
    exec("d = a * 10")
    names = sorted(k for k in locals() if not k.startswith("__"))
    count = len(vars())


print(Scope.c, Scope.d, Scope.names, Scope.count)


def in_function():
    class Inner:
        x = 5
        y = eval("x * 2")
    return Inner.y


print(in_function())
