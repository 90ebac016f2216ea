# Every kind of function a plain Python module lowers to: defs, nested defs,
# lambdas, classes and their methods, generator expressions (comprehensions
# of other kinds run inline and get none), redefinitions.
def outer(x, y=lambda: 1):
    def inner():
        return x
    return inner

class Point:
    def __init__(self, x):
        self.x = x

    def norm(self):
        return sum(v * v for v in (self.x,))

def f():
    return [i for i in range(3)]

def f():  # a redefinition: a second C++ function
    return 2

square = lambda v: v * v
