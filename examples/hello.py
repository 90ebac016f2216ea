"""A plain Python module: pyxc compiles it unchanged."""


class Greeter:
    def __init__(self, greeting="Hello"):
        self.greeting = greeting

    def greet(self, *names, punctuation="!"):
        return [f"{self.greeting}, {name}{punctuation}" for name in names]


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


for line in Greeter().greet("pyxc", "CPython"):
    print(line)
print("fib(20) =", fib(20))
