# cpdef enums as Cython 3.3 makes them: an IntEnum subclass in the module,
# C values converting to members (or nameless pseudo-members), items not
# module attributes; plain cdef enums stay ints.
import sys

cpdef enum Color:
    RED = 1
    GREEN
    BLUE = 5

cdef enum Plain:
    A, B, C

cdef Color module_color = RED


def favourite():
    cdef Color c = GREEN
    return c


def take(Color c):
    return <int>c


def seven():
    cdef Color c = <Color>7
    return c


def arithmetic():
    cdef Color c = RED
    return c + 1, GREEN * 2, -BLUE


print(Color, Color.__module__, Color.__qualname__, [b.__name__ for b in type(Color.RED).__mro__[1:3]])
print(RED, Color.RED, repr(Color.RED), repr(module_color))
print(favourite(), repr(favourite()), int(favourite()))
print(take(BLUE), take(Color.RED), take(2), take(7))
print(list(Color), Color(5), Color['GREEN'], Color.__members__)
print(A, B, C)
print(repr(seven()), seven().name, seven() is Color(7))
print(arithmetic())
print(isinstance(RED, int), RED == 1, RED + 1)
module = sys.modules[__name__]
print(hasattr(module, "RED"), hasattr(module, "A"), hasattr(module, "Color"))
