# distutils: language = c++
# C++ enum classes: items reached through their enum (two enums may share
# item names), compared, converted to and from Python ints; cpdef enum
# classes are IntEnum classes with their docstrings whose values alone
# convert from Python (ValueError for others); a plain cpdef enum keeps
# accepting any int.
cdef extern from *:
    """
    enum class Light { Red = 1, Green = 2 };
    enum class Fruit { Red = 10, Yellow = 20 };
    enum class Size : long { Big = 1L << 40 };
    """
    cdef enum class Light:
        Red
        Green
    cdef enum class Fruit:
        Red
        Yellow
    cdef enum class Size(long):
        Big

    cpdef enum class Mood "Light":
        """How one feels, by colour."""
        Red
        Green

cpdef enum Plain:
    """Any int goes."""
    ONE = 1
    TWO = 2

cdef enum class Local(int):
    low = 3
    high = 4

def compare():
    cdef Light l = Light.Green
    cdef Fruit f = Fruit.Red
    cdef Local x = Local.high
    return l == Light.Green, l == Light.Red, f == Fruit.Red, <int>f, <long>Size.Big, x == Local.high

def from_python(object i):
    cdef Local x = i
    return x == Local.low, x == Local.high

def mood(Mood m):
    return m

def plain(Plain p):
    return p

print(compare())
print(from_python(3), from_python(4))
print(mood(Mood.Red) is Mood.Red, list(Mood), Mood.__doc__, Plain.__doc__)
for bad in (7, list(Mood)[0] | list(Mood)[1]):
    try:
        mood(bad)
    except ValueError as e:
        print("ValueError", e)
print(repr(plain(7)), plain(Plain.TWO) is Plain.TWO)
try:
    from_python(10 ** 30)
except OverflowError as e:
    print("OverflowError", e)
